/**
 * The command line: {@link org.gilpy.cli.Options} reads CPython's options and
 * {@code PYTHON*} variables by hand; {@link org.gilpy.cli.Main} runs a script, {@code -c},
 * {@code -m} or standard input as they ask.
 *
 * <p>Imports: everything below it.
 */
package org.gilpy.cli;
