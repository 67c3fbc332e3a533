package org.gilpy.parse;

import java.io.ByteArrayOutputStream;

/**
 * Backslash escapes of str and bytes literals, with CPython's error messages.
 *
 * <p>A str body's errors name byte positions the way CPython's unicode-escape codec sees
 * the body: UTF-8, except that CPython first rewrites each non-ASCII character as a
 * ten-byte {@code \U0000XXXX} escape (and a backslash before one as {@code \u005c}), so
 * positions are counted that way here too. Failures throw {@link Failure} carrying the
 * message; the caller locates the SyntaxError.
 */
final class Escapes {
    private Escapes() {}

    /** A bad escape: {@code message} is the SyntaxError message. */
    static final class Failure extends Exception {
        final String message;

        Failure(String message) {
            super(message, null, false, false);
            this.message = message;
        }
    }

    /** Decodes the escapes of a non-raw str literal body (code points {@code [from, to)}). */
    static String decodeStr(int[] cps, int from, int to) throws Failure {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = cps[i];
            if (c != '\\') {
                sb.appendCodePoint(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= to) {
                sb.append('\\');
                break;
            }
            int e = cps[i++];
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && cps[i] >= '0' && cps[i] <= '7'; k++) v = v * 8 + cps[i++] - '0';
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    long v = 0;
                    for (int k = 0; k < count; k++) {
                        int d = i < to ? Character.digit(cps[i], 16) : -1;
                        if (d < 0 || cps[i] > 'f') throw unicodeError(cps, from, escStart, i, "truncated " + what + " escape");
                        v = v * 16 + d;
                        i++;
                    }
                    if (v > Character.MAX_CODE_POINT) throw unicodeError(cps, from, escStart, i, "illegal Unicode character");
                    sb.appendCodePoint((int) v);
                }
                case 'N' -> {
                    String malformed = "malformed \\N character escape";
                    if (i >= to || cps[i] != '{') throw unicodeError(cps, from, escStart, i, malformed);
                    int nameStart = ++i;
                    while (i < to && cps[i] != '}') i++;
                    if (i >= to || i == nameStart) throw unicodeError(cps, from, escStart, i, malformed);
                    String name = new String(cps, nameStart, i - nameStart);
                    i++;
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) throw unicodeError(cps, from, escStart, i, "unknown Unicode character name");
                    sb.appendCodePoint(cp);
                }
                default -> sb.append('\\').appendCodePoint(e);
            }
        }
        return sb.toString();
    }

    /** The codec's message for the bytes {@code [start, end)} of the body (positions as CPython counts them). */
    private static Failure unicodeError(int[] cps, int from, int start, int end, String reason) {
        int s = cpythonOffset(cps, from, start), e = cpythonOffset(cps, from, end);
        String where = e - s == 1 ? "byte 0x5c in position " + s : "bytes in position " + s + "-" + (e - 1);
        return new Failure("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    /** The position of code point {@code index} in CPython's rewritten body. */
    private static int cpythonOffset(int[] cps, int from, int index) {
        int n = 0;
        for (int i = from; i < index; i++) {
            int c = cps[i];
            if (c < 0x80) {
                n += 1;
                if (c == '\\' && i + 1 < cps.length && cps[i + 1] >= 0x80) n += 5;
            } else {
                n += 10;
            }
        }
        return n;
    }

    /** Decodes a bytes literal body; {@code raw} keeps backslashes. Non-ASCII was rejected by the caller. */
    static byte[] decodeBytes(int[] cps, int from, int to, boolean raw) throws Failure {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            int c = cps[i];
            if (raw || c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= to) {
                out.write('\\');
                break;
            }
            int e = cps[i++];
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && cps[i] >= '0' && cps[i] <= '7'; k++) v = v * 8 + cps[i++] - '0';
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < to ? Character.digit(cps[i], 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(cps[i + 1], 16) : -1;
                    if (d1 < 0 || d2 < 0 || cps[i] > 'f' || cps[i + 1] > 'f') {
                        throw new Failure("(value error) invalid \\x escape at position " + (escStart - from));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
