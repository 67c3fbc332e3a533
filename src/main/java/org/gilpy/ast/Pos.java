package org.gilpy.ast;

/**
 * A source span: 1-based lines, 0-based columns counted in code points, end exclusive,
 * as CPython's {@code lineno/col_offset/end_lineno/end_col_offset} (which count UTF-8
 * bytes; gilpy counts code points and converts only where a caret is printed).
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
