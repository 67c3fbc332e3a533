package org.gilpy.vm;

import java.util.List;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Stmt;
import org.gilpy.parse.Parser;

/**
 * The line of carets under a traceback entry's source line, drawn as CPython 3.11.7
 * draws it from the failing instruction's source span:
 * <ul>
 * <li>a span on one line is {@code ^} under its columns; when the span's text parses as
 *     a binary operation or a subscript, the operands are {@code ~} and the operator (or
 *     the brackets with the index) {@code ^}: {@code ~~~^~~~}, {@code ~~~^^^^};
 * <li>a span over several lines is marked on its first line up to the line's last
 *     non-blank character, without anchors;
 * <li>no caret line when plain carets would cover the whole stripped line.
 * </ul>
 * Columns are code points (CPython counts UTF-8 bytes and converts back to characters
 * before drawing, which comes to the same thing).
 */
final class CaretLine {
    private CaretLine() {}

    /**
     * The caret line (with its 4-space indent and newline) for {@code line}, the whole
     * source line without its line end, when the span is
     * {@code line:col - endLine:endCol}; or null when none is drawn.
     */
    static String draw(String line, int lineNo, int col, int endLine, int endCol) {
        if (lineNo < 0 || endLine < 0 || col < 0 || endCol < 0) return null;
        int[] cps = line.codePoints().toArray();
        int indent = 0;
        while (indent < cps.length && isIndent(cps[indent])) indent++;
        int start = col, end = endCol;
        int[] anchors = null;
        if (lineNo == endLine) {
            anchors = anchors(cps, start, end);
        } else {
            end = cps.length;
            while (end > 0 && isBlank(cps[end - 1])) end--;
        }
        if (end - start == cps.length - indent && anchors == null) return null;
        StringBuilder b = new StringBuilder("    ");
        for (int k = indent; k < end; k++) {
            if (k < start) b.append(' ');
            else if (anchors != null && k >= anchors[0] && k < anchors[1]) b.append('^');
            else b.append(anchors != null ? '~' : '^');
        }
        return b.append('\n').toString();
    }

    /**
     * For the {@code traceback} module: {@code [left, right)} of the secondary part of a
     * one-line span's text (columns within {@code segment}), or null when the text is not
     * a binary operation or a subscript.
     */
    static int[] anchors(String segment) {
        int[] cps = segment.codePoints().toArray();
        return anchors(cps, 0, cps.length);
    }

    private static boolean isIndent(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** CPython's IS_WHITESPACE in traceback.c. */
    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * {@code [left, right)} of the secondary part in line columns, or null: the span's
     * text must parse on its own as one expression statement that is a binary operation
     * or a subscript.
     */
    private static int[] anchors(int[] cps, int start, int end) {
        if (start >= end || end > cps.length) return null;
        int[] seg = java.util.Arrays.copyOfRange(cps, start, end);
        Expr e = soleExpression(new String(seg, 0, seg.length));
        int[] a = switch (e) {
            case Expr.BinOp b -> operatorAnchors(seg, b.left().pos().endCol(), b.right().pos().col());
            case Expr.Subscript s -> bracketAnchors(seg, s.value().pos().endCol(), s.slice().pos().endCol() + 1);
            case null, default -> null;
        };
        if (a == null) return null;
        return new int[] {a[0] + start, a[1] + start};
    }

    private static Expr soleExpression(String segment) {
        try {
            Mod.Module m = Parser.parseModule(segment, "<segment>");
            List<Stmt> body = m.body();
            return body.size() == 1 && body.get(0) instanceof Stmt.ExprStmt x ? x.value() : null;
        } catch (RuntimeException parseFailed) {
            return null;
        }
    }

    /**
     * The operator between the operands' spans: the first character that is not blank,
     * two characters when the next one is not blank either; a closing parenthesis of the
     * left operand is passed over (as CPython 3.11.7 does, even when that makes the
     * operator take the opening parenthesis of the right operand as its second character).
     */
    private static int[] operatorAnchors(int[] seg, int leftEnd, int rightStart) {
        int[] found = null;
        for (int i = leftEnd; i < rightStart && i < seg.length; i++) {
            if (isBlank(seg[i])) continue;
            int right = i + 1;
            if (i + 1 < rightStart && !isBlank(seg[i + 1])) right++;
            found = new int[] {i, right};
            if (i + 1 < rightStart && seg[i] == ')') continue;
            break;
        }
        return found;
    }

    /** From the opening bracket after the value to the closing one after the index. */
    private static int[] bracketAnchors(int[] seg, int left, int right) {
        while (left < seg.length && seg[left] != '[') left++;
        while (right < seg.length && seg[right] != ']') right++;
        if (right < seg.length) right++;
        return new int[] {left, right};
    }
}
