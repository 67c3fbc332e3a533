/**
 * The command line: {@link org.gilpy.cli.Main} parses CPython's options by hand and runs
 * a script, {@code -c}, {@code -m} or standard input.
 *
 * <p>Imports: everything below it.
 */
package org.gilpy.cli;
