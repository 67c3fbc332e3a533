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
 * before drawing, which comes to the same thing); a wide character (CJK, fullwidth) gets
 * two spaces or carets, as in CPython 3.11.7.
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
            char c;
            if (k < start) c = ' ';
            else if (anchors != null && k >= anchors[0] && k < anchors[1]) c = '^';
            else c = anchors != null ? '~' : '^';
            int w = k < cps.length ? width(cps[k]) : 1;
            for (int i = 0; i < w; i++) b.append(c);
        }
        return b.append('\n').toString();
    }

    /**
     * The columns a character takes on a terminal, as CPython 3.11.7 counts them under a
     * source line: 2 for East Asian Wide and Fullwidth characters, else 1. The ranges
     * are Unicode 14's W and F blocks (CJK, kana, Hangul syllables, fullwidth forms,
     * emoji presentation).
     */
    static int width(int cp) {
        if (cp < 0x1100) return 1;
        for (int i = 0; i < WIDE.length; i += 2) {
            if (cp < WIDE[i]) return 1;
            if (cp <= WIDE[i + 1]) return 2;
        }
        return 1;
    }

    /** Sorted, inclusive ranges of East Asian Wide (W) and Fullwidth (F) code points. */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
        0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
        0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
        0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
        0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x303E,
        0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3,
        0x31F0, 0x321E, 0x3220, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA48C, 0xA490, 0xA4C6,
        0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE52,
        0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6,
        0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08,
        0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152,
        0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
        0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251,
        0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
        0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
        0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
        0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
        0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF, 0x1F6EB, 0x1F6EC,
        0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
        0x1F947, 0x1F9FF, 0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAAC,
        0x1FAB0, 0x1FABA, 0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6,
        0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

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
