/**
 * The abstract syntax tree: sealed interfaces whose cases are records, one family per
 * file ({@link org.gilpy.ast.Expr}, {@link org.gilpy.ast.Stmt}, {@link org.gilpy.ast.Mod}).
 * Shapes follow CPython 3.11's {@code ast} module, plus {@code Stmt.Print} for the
 * Python 2 print statement. Consumers switch over the sealed families, so the Java
 * compiler proves every case is handled.
 *
 * <p>Imports: nothing outside the JDK.
 */
package org.gilpy.ast;
