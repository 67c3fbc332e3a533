package org.gilpy.vm;

import java.nio.charset.StandardCharsets;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * The location part of a printed SyntaxError, as CPython 3.11 writes it from the
 * exception's attributes: {@code  File "f", line N}, the offending line without its
 * indentation, and carets from {@code offset} to {@code end_offset}. Only an exact
 * SyntaxError uses {@code end_offset}; its subclasses (IndentationError, TabError) always
 * get a single caret. No caret is drawn when the offset points into the indentation.
 */
final class SyntaxErrorText {
    private SyntaxErrorText() {}

    /** The attributes the printer reads; offsets are -1 when None. */
    private record Info(PyObject msg, String filename, long lineno, long offset, long endLineno,
                        long endOffset, String text) {}

    /**
     * Appends the location lines for {@code e} and returns its {@code msg} (what the
     * final "Type: message" line shows), or returns null and appends nothing when the
     * attributes are unusable (CPython then prints the exception like any other).
     */
    static PyObject append(StringBuilder b, PyBaseException e) {
        Info info;
        try {
            info = read(e);
        } catch (RuntimeException unusable) {
            return null;
        }
        b.append("  File \"").append(info.filename).append("\", line ").append(info.lineno).append('\n');
        if (info.text != null) errorText(b, info);
        return info.msg;
    }

    private static Info read(PyBaseException e) {
        PyObject msg = Abstract.getAttr(e, "msg");
        PyObject fn = Abstract.getAttr(e, "filename");
        String filename = fn == PyNone.NONE ? "<string>" : Abstract.str(fn).value;
        long lineno = Abstract.index(Abstract.getAttr(e, "lineno")).value;
        long offset = optionalInt(Abstract.getAttr(e, "offset"), -1);
        long endLineno = lineno, endOffset = -1;
        if (e.type == PyExc.SyntaxError) {
            endLineno = optionalInt(Abstract.lookupAttr(e, "end_lineno"), lineno);
            endOffset = optionalInt(Abstract.lookupAttr(e, "end_offset"), -1);
        }
        PyObject t = Abstract.getAttr(e, "text");
        String text = t == PyNone.NONE ? null : ((PyStr) t).value;
        return new Info(msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    private static long optionalInt(PyObject v, long dflt) {
        return v == null || v == PyNone.NONE ? dflt : Abstract.index(v).value;
    }

    /**
     * The source line (the last of {@code text}'s lines that starts at or before the
     * offset) and the caret line. Offsets count characters; CPython's limit on
     * {@code end_offset} counts the UTF-8 bytes of the text.
     */
    private static void errorText(StringBuilder b, Info info) {
        String text = info.text;
        long lineSize = text.getBytes(StandardCharsets.UTF_8).length;
        long endOffset = info.endOffset;
        if (info.endLineno > info.lineno) endOffset = lineSize;
        if (endOffset > lineSize + 1) endOffset = lineSize + 1;
        long offset = info.offset - 1;
        int k = 0;
        while (k < text.length() && isIndent(text.charAt(k))) {
            k++;
            offset--;
        }
        endOffset -= k;
        text = text.substring(k);
        int len = text.endsWith("\n") ? text.length() - 1 : text.length();
        if (offset > len) offset = len;
        int nl;
        while ((nl = text.indexOf('\n')) >= 0 && nl < offset) {
            text = text.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
            endOffset -= nl + 1;
        }
        b.append("    ").append(text);
        if (!text.endsWith("\n")) b.append('\n');
        if (offset < 0) return;
        long width = endOffset > 0 ? endOffset - 1 - offset : 1;
        if (width < 1) width = 1;
        b.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) width)).append('\n');
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
