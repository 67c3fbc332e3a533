package org.gilpy.modules.io;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * The {@code newline} argument of TextIOWrapper, as CPython defines it. Reading: None
 * turns "\r\n" and "\r" into "\n" (universal newlines); "" ends lines at any of the three
 * but leaves them alone; "\n", "\r" and "\r\n" end lines only there. Writing: "\r" and
 * "\r\n" replace every "\n"; the other values write "\n" (gilpy's os.linesep). In the
 * universal modes the kinds of line ending seen are recorded for {@code newlines}.
 */
final class NewlineMode {
    private static final int CR = 1, LF = 2, CRLF = 4;

    /** The argument; null for None. */
    final String value;
    /** Lines end at any of \r, \n, \r\n (None and ""). */
    final boolean universal;
    /** \r and \r\n read as \n (None). */
    final boolean translate;
    private final String writeAs;
    private int seen;

    private NewlineMode(String value) {
        this.value = value;
        universal = value == null || value.isEmpty();
        translate = value == null;
        writeAs = "\r".equals(value) || "\r\n".equals(value) ? value : null;
    }

    static NewlineMode of(String value) {
        if (value != null && !value.isEmpty() && !value.equals("\n") && !value.equals("\r") && !value.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", value);
        }
        return new NewlineMode(value);
    }

    /**
     * Handles the line-ending character c of the text being read (crlf: an "\n" follows):
     * appends the translation to out and returns how many characters it consumed, or 0
     * when c is to be copied as it is. {@code room}: characters the caller may still return.
     */
    int take(char c, boolean crlf, long room, StringBuilder out) {
        if (c == '\n' && universal) seen |= LF;
        if (c != '\r' || !universal) return 0;
        seen |= crlf ? CRLF : CR;
        if (translate) {
            out.append('\n');
            return crlf ? 2 : 1;
        }
        if (crlf && room >= 2) {
            out.append("\r\n");
            return 2;
        }
        return 0;
    }

    /** True when out (the text taken so far) ends with a line ending of this mode. */
    boolean endsLine(StringBuilder out) {
        int n = out.length();
        if (n == 0) return false;
        char last = out.charAt(n - 1);
        if (value == null || value.equals("\n")) return last == '\n';
        if (value.isEmpty()) return last == '\n' || last == '\r';
        if (value.equals("\r")) return last == '\r';
        return last == '\n' && n >= 2 && out.charAt(n - 2) == '\r';
    }

    /** Newline translation of a whole text read at once. */
    String translate(String s) {
        if (!universal) return s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') seen |= LF;
            if (c == '\r') seen |= i + 1 < s.length() && s.charAt(i + 1) == '\n' ? CRLF : CR;
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
        }
        return translate ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    /** The text to store for s written in this mode. */
    String forWrite(String s) {
        return writeAs == null ? s : s.replace("\n", writeAs);
    }

    /** {@code newlines}: None, one string, or a tuple in the order \r, \n, \r\n. */
    PyObject seen() {
        List<PyObject> kinds = new ArrayList<>();
        if ((seen & CR) != 0) kinds.add(PyStr.of("\r"));
        if ((seen & LF) != 0) kinds.add(PyStr.of("\n"));
        if ((seen & CRLF) != 0) kinds.add(PyStr.of("\r\n"));
        if (kinds.isEmpty()) return PyNone.NONE;
        return kinds.size() == 1 ? kinds.get(0) : PyTuple.of(kinds.toArray(new PyObject[0]));
    }
}
