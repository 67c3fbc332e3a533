package org.gilpy.compile;

import org.gilpy.ast.Pos;

/**
 * A SyntaxError found by the symbol table or the code generator, carrying the message and
 * the span of the offending node. It never escapes the package: {@link Compiler} turns it
 * into a {@link org.gilpy.parse.PySyntaxError} with CPython's 1-based offsets and the
 * source line.
 */
final class CompileError extends RuntimeException {
    final Pos pos;

    CompileError(String msg, Pos pos) {
        super(msg, null, false, false);
        this.pos = pos;
    }
}
