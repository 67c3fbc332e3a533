package org.gilpy.modules;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable (RFC 1521) coding for {@code binascii.a2b_qp} and {@code b2a_qp}, with
 * CPython's choices: encoded lines hold at most 76 characters plus a soft break, except
 * that whitespace before a line end is escaped in place; the line end used throughout
 * (also for soft breaks) is CRLF when the data's first LF follows a CR.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAX_LINE = 76;
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes();

    static byte[] decode(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int c = in[i] & 0xFF;
            if (c == '=') {
                if (i + 1 >= n) break;                        // a lone '=' at the end is dropped
                int d = in[i + 1] & 0xFF;
                if (d == '\n' || d == '\r') {                 // soft line break: skip past the next LF
                    i++;
                    while (i < n && in[i] != '\n') i++;
                    if (i < n) i++;
                    continue;
                }
                if (d == '=') {
                    out.write('=');
                    i += 2;
                    continue;
                }
                int hi = hexValue(d);
                int lo = i + 2 < n ? hexValue(in[i + 2] & 0xFF) : -1;
                if (hi >= 0 && lo >= 0) {
                    out.write(hi << 4 | lo);
                    i += 3;
                } else {
                    out.write('=');
                    i++;
                }
            } else {
                out.write(header && c == '_' ? ' ' : c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }

    static byte[] encode(byte[] in, boolean quotetabs, boolean istext, boolean header) {
        int n = in.length;
        int firstLf = indexOf(in, (byte) '\n');
        boolean crlf = firstLf > 0 && in[firstLf - 1] == '\r';
        byte[] eol = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
        Out out = new Out(n);
        for (int i = 0; i < n; i++) {
            int c = in[i] & 0xFF;
            int ending = istext ? lineEndAt(in, i) : 0;
            if (ending > 0) {
                out.escapeTrailingBlank();
                out.write(eol, 0, eol.length);
                out.lineLen = 0;
                i += ending - 1;
                continue;
            }
            boolean atEnd = i + 1 == n;
            boolean escape = c > 126 || c == '='
                    || (header && c == '_')
                    || (c == '.' && out.lineLen == 0 && (atEnd || in[i + 1] == '\n' || in[i + 1] == '\r'))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == ' ' || c == '\t') && (atEnd || quotetabs))
                    || (c < 32 && c != ' ' && c != '\t' && c != '\r' && c != '\n');
            if (escape) {
                if (out.lineLen + 3 > MAX_LINE - 1) out.softBreak(eol);
                out.write('=');
                out.write(HEX_UPPER[c >> 4]);
                out.write(HEX_UPPER[c & 15]);
                out.lineLen += 3;
            } else {
                // an LF ends the line for this purpose even in binary mode; CRLF only in text mode
                boolean lineEndsNext = atEnd || in[i + 1] == '\n' || (istext && lineEndAt(in, i + 1) > 0);
                if (out.lineLen + 1 > MAX_LINE - 1 && !lineEndsNext) out.softBreak(eol);
                out.write(header && c == ' ' ? '_' : c);
                out.lineLen++;
            }
        }
        return out.toByteArray();
    }

    /** The length of the text line ending (LF or CRLF) at i, or 0. */
    private static int lineEndAt(byte[] in, int i) {
        if (i >= in.length) return 0;
        if (in[i] == '\n') return 1;
        return in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n' ? 2 : 0;
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) if (a[i] == b) return i;
        return -1;
    }

    /** The output with the current line's length. */
    private static final class Out extends ByteArrayOutputStream {
        int lineLen;

        Out(int size) {
            super(size + size / 8 + 16);
        }

        void softBreak(byte[] eol) {
            write('=');
            write(eol, 0, eol.length);
            lineLen = 0;
        }

        /** A space or tab just before a line end is escaped, whatever the line's length. */
        void escapeTrailingBlank() {
            if (count == 0 || lineLen == 0) return;
            int last = buf[count - 1];
            if (last != ' ' && last != '\t') return;
            count--;
            write('=');
            write(HEX_UPPER[last >> 4]);
            write(HEX_UPPER[last & 15]);
            lineLen += 2;
        }
    }
}
