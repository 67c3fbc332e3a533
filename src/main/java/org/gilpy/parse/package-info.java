/**
 * Python 3.11 source text to the {@link org.gilpy.ast} tree: decoding source bytes
 * ({@link org.gilpy.parse.SourceDecoder}), tokenizing ({@link org.gilpy.parse.Tokenizer}),
 * a hand-written recursive-descent parser ({@link org.gilpy.parse.Parser} is the entry
 * point) and CPython-compatible syntax errors ({@link org.gilpy.parse.PySyntaxError}).
 *
 * <p>Python 3.11's grammar is covered except async/await, match and except*, which are
 * refused with a clear SyntaxError; Python 2's print statement, {@code except E, e:} and
 * {@code raise E, msg} are accepted (the compatibility list). Error messages and their
 * positions follow CPython 3.11, including its second "invalid_" pass (greppable tag:
 * invalid_rule).
 *
 * <p>Imports: {@code org.gilpy.ast} and the JDK only.
 */
package org.gilpy.parse;
