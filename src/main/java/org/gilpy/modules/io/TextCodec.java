package org.gilpy.modules.io;

import java.util.Arrays;
import java.util.Locale;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.StrCodecs;

/**
 * The incremental encoder and decoder of a text file. Chunks are decoded by the str
 * codecs ({@link StrCodecs}); the bytes of a character split across chunks are held back
 * until the next chunk ({@link StrCodecs#partialTail}: UTF-8, UTF-16, UTF-32, the escape
 * codecs and the JVM's multibyte charsets). A byte-order mark is read or written only at the start of the file, after
 * which the codec continues in the byte order it chose.
 */
final class TextCodec {
    private enum Kind { UTF8, UTF16, UTF32, SINGLE, OTHER }

    final String encoding;
    final String errors;
    private final Kind kind;
    private String decodeAs, encodeAs;
    private byte[] pending = new byte[0];

    TextCodec(String encoding, String errors) {
        if (!StrCodecs.isKnown(encoding)) throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        this.encoding = encoding;
        this.errors = errors;
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        kind = n.matches("utf-?8(-sig)?|u8|utf") ? Kind.UTF8 : n.matches("utf-?16.*|u16") ? Kind.UTF16
                : n.matches("utf-?32.*|u32") ? Kind.UTF32
                : n.matches("latin-?1|iso-?8859-1|ascii|us-ascii|l1|latin|cp1252|646") ? Kind.SINGLE : Kind.OTHER;
        decodeAs = encodeAs = encoding;
    }

    /** Decodes a chunk (empty at end of file); {@code fin} flushes held-back bytes. */
    String decode(byte[] chunk, boolean fin) {
        byte[] data = pending.length == 0 ? chunk : concat(pending, chunk);
        int keep = fin ? 0 : incompleteTail(data);
        int n = data.length - keep;
        pending = Arrays.copyOfRange(data, n, data.length);
        if (n == 0) return "";
        String s = StrCodecs.decode(data, 0, n, decodeAs, errors);
        decodeAs = afterBom(decodeAs, data);
        return s;
    }

    /** Bytes read but not yet decoded. */
    int pendingBytes() { return pending.length; }

    /** Forgets held-back bytes (after a seek); at position 0 a byte-order mark is expected again. */
    void reset(long position) {
        pending = new byte[0];
        if (position == 0) decodeAs = encoding;
    }

    byte[] encode(String s) {
        byte[] b = StrCodecs.encode(s, encodeAs, errors);
        encodeAs = noBom(encodeAs);
        return b;
    }

    /** Writing starts after the beginning of the file: no byte-order mark. */
    void skipBom() {
        encodeAs = noBom(encodeAs);
    }

    /** How many bytes s took in the file (for tell()). */
    long encodedLength(String s) {
        return switch (kind) {
            case UTF8 -> utf8Length(s);
            case UTF16 -> 2L * s.length();
            case UTF32 -> 4L * s.codePointCount(0, s.length());
            case SINGLE -> s.length();
            case OTHER -> StrCodecs.encode(s, noBom(encodeAs), "replace").length;
        };
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : Character.isSurrogate((char) cp) ? 1 : cp < 0x10000 ? 3 : 4;
        }
        return n;
    }

    private String noBom(String enc) {
        return switch (kind) {
            case UTF16 -> enc.equalsIgnoreCase("utf-16") || enc.equalsIgnoreCase("utf16") ? "utf-16-le" : enc;
            case UTF32 -> enc.equalsIgnoreCase("utf-32") || enc.equalsIgnoreCase("utf32") ? "utf-32-le" : enc;
            case UTF8 -> "utf-8";
            default -> enc;
        };
    }

    /** The codec for the rest of the file once its first bytes (with any BOM) were decoded. */
    private String afterBom(String enc, byte[] data) {
        if (!enc.equals(encoding) || noBom(enc).equals(enc)) return enc;
        boolean be = data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF
                || data.length >= 4 && data[0] == 0 && data[1] == 0 && (data[2] & 0xFF) == 0xFE;
        return switch (kind) {
            case UTF16 -> be ? "utf-16-be" : "utf-16-le";
            case UTF32 -> be ? "utf-32-be" : "utf-32-le";
            default -> "utf-8";
        };
    }

    /** The number of trailing bytes that start a character the chunk does not finish. */
    private int incompleteTail(byte[] d) {
        return kind == Kind.SINGLE ? 0 : StrCodecs.partialTail(d, d.length, decodeAs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
