package org.gilpy.objects;

/**
 * {@code repr()} of str and {@code ascii()}: CPython's quoting and escaping rules.
 * The quote is ' unless the text contains ' and no "; backslash, the quote, \t \n \r
 * are escaped by name, other non-printable code points as \xhh, \\uhhhh or \Uhhhhhhhh.
 */
final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                if (c == quote || c == '\\') b.append('\\');
                b.append(c);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(b, cp, false);
        }
        return b.append(quote).toString();
    }

    /** Appends a non-ASCII-printable code point: by name, as itself, or as a hex escape. */
    private static void appendEscaped(StringBuilder b, int cp, boolean asciiOnly) {
        if (cp == '\n') b.append("\\n");
        else if (cp == '\r') b.append("\\r");
        else if (cp == '\t') b.append("\\t");
        else if (cp < 0x20 || cp == 0x7f) hex(b, 'x', cp, 2);
        else if (cp < 0x7f) b.append((char) cp);
        else if (!asciiOnly && isPrintable(cp)) b.appendCodePoint(cp);
        else if (cp <= 0xff) hex(b, 'x', cp, 2);
        else if (cp <= 0xffff) hex(b, 'u', cp, 4);
        else hex(b, 'U', cp, 8);
    }

    static void hex(StringBuilder b, char kind, int v, int digits) {
        b.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) b.append(HEX[(v >> shift) & 15]);
    }

    /** {@code ascii()}'s post-processing of a repr: escapes every non-ASCII code point. */
    static String escapeNonAscii(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) b.append((char) cp);
            else appendEscaped(b, cp, true);
        }
        return b.toString();
    }

    /** {@code ascii(o)}. */
    static PyStr ascii(PyObject o) {
        return PyStr.of(escapeNonAscii(Abstract.repr(o).value));
    }

    /** Python's {@code str.isprintable} for one code point (Unicode categories C* and Z* other than space are not). */
    static boolean isPrintable(int cp) {
        if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
