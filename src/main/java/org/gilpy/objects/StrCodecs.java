package org.gilpy.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text codecs behind {@code str.encode}, {@code bytes.decode} and {@code str(b, enc)}:
 * UTF-8 (and -sig), ASCII, Latin-1, UTF-16 and UTF-32 (with BOM, -le, -be),
 * unicode_escape and raw_unicode_escape are written here, with CPython's error handlers
 * (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) and the exact UnicodeEncodeError/UnicodeDecodeError
 * ranges and messages. Any other name the JVM knows (cp1252, shift_jis, ...) goes
 * through {@link Charset} with strict, ignore and replace handling.
 */
public final class StrCodecs {
    private StrCodecs() {}

    private enum Codec {
        UTF8("utf-8"), UTF8_SIG("utf-8"), ASCII("ascii"), LATIN1("latin-1"),
        UTF16("utf-16"), UTF16LE("utf-16-le"), UTF16BE("utf-16-be"),
        UTF32("utf-32"), UTF32LE("utf-32-le"), UTF32BE("utf-32-be"),
        UNICODE_ESCAPE("unicodeescape"), RAW_UNICODE_ESCAPE("rawunicodeescape"), JAVA("charmap");

        final String display;

        Codec(String display) {
            this.display = display;
        }
    }

    /** An encoding or errors argument: "F() argument 'A' must be str, not T". */
    static String nameArg(PyObject o, String fname, String argname) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", fname, argname, StrOps.badArgType(o));
    }

    /** The codecs CPython has that turn bytes into bytes or str into str (codecs.encode only). */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("hex", "hex_codec", "base64",
            "base_64", "base64_codec", "rot13", "rot_13", "quopri", "quotedprintable", "quoted_printable",
            "quopri_codec", "zlib", "zip", "zlib_codec", "uu", "uu_codec", "bz2", "bz2_codec");

    private static Codec lookup(String encoding) {
        return lookup(encoding, "encode");
    }

    /** The codec for an encoding name; verb ("encode"/"decode") words the not-a-text-encoding error. */
    private static Codec lookup(String encoding, String verb) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Codec.UTF8;
            case "utf_8_sig", "utf8_sig" -> Codec.UTF8_SIG;
            case "ascii", "646", "us_ascii", "us", "cp367", "csascii", "ibm367", "iso646_us", "iso_ir_6",
                 "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "csisolatin1", "ibm819", "iso_8859_1_1987" -> Codec.LATIN1;
            case "utf_16", "utf16", "u16" -> Codec.UTF16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> Codec.UTF16LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> Codec.UTF16BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF32;
            case "utf_32_le", "utf_32le" -> Codec.UTF32LE;
            case "utf_32_be", "utf_32be" -> Codec.UTF32BE;
            case "unicode_escape" -> Codec.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Codec.RAW_UNICODE_ESCAPE;
            default -> {
                if (NOT_TEXT.contains(n)) {
                    throw PyErr.format(PyExc.LookupError,
                            "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, verb);
                }
                if (javaCharset(encoding) == null) throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
                yield Codec.JAVA;
            }
        };
    }

    private static Charset javaCharset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the name is a known codec (for the {@code codecs} module and friends). */
    public static boolean isKnown(String encoding) {
        try {
            lookup(encoding);
            return true;
        } catch (PyException e) {
            return false;
        }
    }

    /**
     * How many trailing bytes of d[0:n] start a character that the data does not finish
     * (so an incremental decoder holds them back): UTF-8, UTF-16 and UTF-32 only, 0 for
     * other codecs. UTF-16 without -le/-be is read as little-endian (after its BOM).
     */
    public static int partialTail(byte[] d, int n, String encoding) {
        Codec c = lookup(encoding);
        switch (c) {
            case UTF8, UTF8_SIG -> {
                for (int i = n - 1; i >= Math.max(0, n - 3); i--) {
                    int b = d[i] & 0xFF;
                    if ((b & 0xC0) == 0x80) continue;
                    if (b < 0xC2 || b > 0xF4) return 0;
                    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    return n - i < need ? n - i : 0;
                }
                return 0;
            }
            case UTF16, UTF16LE, UTF16BE -> {
                int odd = n % 2;
                if (n - odd < 2) return n;
                int hi = c == Codec.UTF16BE ? d[n - odd - 2] & 0xFF : d[n - odd - 1] & 0xFF;
                return (hi & 0xFC) == 0xD8 ? odd + 2 : odd;
            }
            case UTF32, UTF32LE, UTF32BE -> {
                return n % 4;
            }
            case UNICODE_ESCAPE, RAW_UNICODE_ESCAPE -> {
                return escapeTail(d, n, c == Codec.RAW_UNICODE_ESCAPE);
            }
            case JAVA -> {
                return charsetTail(d, n, javaCharset(encoding));
            }
            default -> {
                return 0;
            }
        }
    }

    /** The bytes a JVM charset's decoder leaves unread when told more input follows
     * (a split multibyte character); malformed bytes are skipped, left for the real decode. */
    private static int charsetTail(byte[] d, int n, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(d, 0, n);
        CharBuffer out = CharBuffer.allocate(Math.max(16, n * 2));
        while (true) {
            CoderResult r = dec.decode(in, out, false);
            if (r.isUnderflow()) return in.remaining();
            if (r.isOverflow()) {
                out.clear();
            } else {
                in.position(in.position() + r.length());
            }
        }
    }

    /** The bytes of an escape sequence the data does not finish (backslash-x, -u, -U, -N{...},
     * a lone backslash); raw_unicode_escape knows only backslash-u and -U after an odd
     * run of backslashes. */
    private static int escapeTail(byte[] d, int n, boolean raw) {
        int i = 0;
        while (i < n) {
            if (d[i] != '\\') {
                i++;
                continue;
            }
            int start = i;
            if (raw) {
                int j = i;
                while (j < n && d[j] == '\\') j++;
                if ((j - i) % 2 == 0) {
                    i = j;
                    continue;
                }
                start = j - 1;
            }
            if (start + 1 >= n) return n - start;
            int c = d[start + 1];
            int need = c == 'u' ? 6 : c == 'U' ? 10 : !raw && c == 'x' ? 4 : 0;
            if (!raw && c == 'N') {
                int k = start + 2;
                while (k < n && d[k] != '}') k++;
                if (k >= n) return n - start;
                i = k + 1;
            } else if (need > 0) {
                if (start + need > n) return n - start;
                i = start + need;
            } else {
                i = start + 2;
            }
        }
        return 0;
    }

    // ---- encoding --------------------------------------------------------------------

    public static byte[] encode(String s, String encoding, String errors) {
        Codec c = lookup(encoding);
        PyObject handler = CodecHandlers.custom(errors);
        if (handler != null) {
            String display = c == Codec.JAVA ? null : c.display;
            return switch (c) {
                case UTF8_SIG -> CodecHandlers.encode(s, display, handler, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "utf-8");
                case UTF16 -> CodecHandlers.encode(s, display, handler, new byte[] {(byte) 0xFF, (byte) 0xFE}, "utf-16-le");
                case UTF32 -> CodecHandlers.encode(s, display, handler, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "utf-32-le");
                default -> CodecHandlers.encode(s, display, handler, new byte[0], encoding);
            };
        }
        switch (c) {
            case UTF8, UTF8_SIG -> {
                if (!hasLoneSurrogate(s)) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    if (c == Codec.UTF8) return b;
                    return new BytesBuilder(b.length + 3).append(0xEF).append(0xBB).append(0xBF).append(b).toArray();
                }
            }
            case ASCII, LATIN1 -> {
                int limit = c == Codec.ASCII ? 0x80 : 0x100;
                int i = 0, n = s.length();
                while (i < n && s.charAt(i) < limit) i++;
                if (i == n) return s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case UNICODE_ESCAPE, RAW_UNICODE_ESCAPE -> {
                return escapeEncode(s, c == Codec.RAW_UNICODE_ESCAPE);
            }
            case JAVA -> {
                return javaEncode(s, encoding, errors);
            }
            default -> { }
        }
        return encodeLoop(s, c, encoding, errors);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean canEncode(Codec c, int cp) {
        return switch (c) {
            case ASCII -> cp < 0x80;
            case LATIN1 -> cp < 0x100;
            default -> !(cp >= 0xD800 && cp <= 0xDFFF);
        };
    }

    private static String reason(Codec c) {
        return switch (c) {
            case ASCII -> "ordinal not in range(128)";
            case LATIN1 -> "ordinal not in range(256)";
            default -> "surrogates not allowed";
        };
    }

    private static void put(Codec c, int cp, BytesBuilder out) {
        switch (c) {
            case ASCII, LATIN1 -> out.append(cp);
            case UTF8, UTF8_SIG -> {
                if (cp < 0x80) {
                    out.append(cp);
                } else if (cp < 0x800) {
                    out.append(0xC0 | cp >> 6).append(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    out.append(0xE0 | cp >> 12).append(0x80 | cp >> 6 & 0x3F).append(0x80 | cp & 0x3F);
                } else {
                    out.append(0xF0 | cp >> 18).append(0x80 | cp >> 12 & 0x3F).append(0x80 | cp >> 6 & 0x3F)
                            .append(0x80 | cp & 0x3F);
                }
            }
            case UTF16, UTF16LE, UTF16BE -> {
                boolean be = c == Codec.UTF16BE;
                if (cp >= 0x10000) {
                    unit16(out, Character.highSurrogate(cp), be);
                    unit16(out, Character.lowSurrogate(cp), be);
                } else {
                    unit16(out, cp, be);
                }
            }
            default -> {
                if (c == Codec.UTF32BE) out.append(cp >>> 24).append(cp >> 16 & 0xFF).append(cp >> 8 & 0xFF).append(cp & 0xFF);
                else out.append(cp & 0xFF).append(cp >> 8 & 0xFF).append(cp >> 16 & 0xFF).append(cp >>> 24);
            }
        }
    }

    private static void unit16(BytesBuilder out, int u, boolean be) {
        if (be) out.append(u >> 8 & 0xFF).append(u & 0xFF);
        else out.append(u & 0xFF).append(u >> 8 & 0xFF);
    }

    private static byte[] encodeLoop(String s, Codec c, String encoding, String errors) {
        int n = s.length();
        BytesBuilder out = new BytesBuilder(n + 8);
        if (c == Codec.UTF8_SIG) out.append(0xEF).append(0xBB).append(0xBF);
        else if (c == Codec.UTF16) out.append(0xFF).append(0xFE);
        else if (c == Codec.UTF32) out.append(0xFF).append(0xFE).append(0).append(0);
        Codec put = c == Codec.UTF16 ? Codec.UTF16LE : c == Codec.UTF32 ? Codec.UTF32LE : c;
        int i = 0, pos = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (canEncode(c, cp)) {
                put(put, cp, out);
                i += Character.charCount(cp);
                pos++;
                continue;
            }
            int j = i, end = pos;
            while (j < n) {
                int d = s.codePointAt(j);
                if (canEncode(c, d)) break;
                j += Character.charCount(d);
                end++;
            }
            String name = c == Codec.UTF8_SIG ? "utf-8" : c.display;
            onEncodeError(errors, s, i, j, pos, end, name, reason(c), out, put);
            i = j;
            pos = end;
        }
        return out.toArray();
    }

    /** Applies the error handler to the unencodable code points s[i:j] (positions pos..end). */
    private static void onEncodeError(String errors, String s, int i, int j, int pos, int end, String codec,
                                      String reason, BytesBuilder out, Codec put) {
        switch (errors) {
            case "strict" -> throw encodeError(codec, s, pos, end, reason);
            case "ignore" -> { }
            case "replace", "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                for (int k = i; k < j; ) {
                    int cp = s.codePointAt(k);
                    k += Character.charCount(cp);
                    String r = switch (errors) {
                        case "replace" -> "?";
                        case "backslashreplace" -> backslash(cp);
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        default -> nameEscape(cp);
                    };
                    for (int q = 0; q < r.length(); q++) put(put == null ? Codec.ASCII : put, r.charAt(q), out);
                }
            }
            case "surrogateescape" -> {
                for (int k = i; k < j; k++) {
                    char ch = s.charAt(k);
                    if (ch < 0xDC80 || ch > 0xDCFF) throw encodeError(codec, s, pos, end, reason);
                }
                for (int k = i; k < j; k++) out.append(s.charAt(k) - 0xDC00);
            }
            case "surrogatepass" -> {
                boolean utf = put == Codec.UTF8 || put == Codec.UTF8_SIG || put == Codec.UTF16LE || put == Codec.UTF16BE
                        || put == Codec.UTF32LE || put == Codec.UTF32BE;
                for (int k = i; k < j; k++) {
                    if (!utf || !Character.isSurrogate(s.charAt(k))) throw encodeError(codec, s, pos, end, reason);
                }
                for (int k = i; k < j; k++) put(put, s.charAt(k), out);
            }
            default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
    }

    /** The backslashreplace text of one code point. */
    public static String backslash(int cp) {
        StringBuilder b = new StringBuilder(10);
        if (cp <= 0xff) StrRepr.hex(b, 'x', cp, 2);
        else if (cp <= 0xffff) StrRepr.hex(b, 'u', cp, 4);
        else StrRepr.hex(b, 'U', cp, 8);
        return b.toString();
    }

    /** The namereplace text of one code point. */
    public static String nameEscape(int cp) {
        String name = unicodeName(cp);
        return name == null ? backslash(cp) : "\\N{" + name + "}";
    }

    /** The Unicode character name as CPython's unicodedata spells it, or null. */
    static String unicodeName(int cp) {
        if (Character.getType(cp) == Character.CONTROL || Character.isSurrogate((char) cp) && cp < 0x10000
                || Character.getType(cp) == Character.PRIVATE_USE || !Character.isDefined(cp)) {
            return null;
        }
        String name = Character.getName(cp);
        if (name == null) return null;
        if (name.startsWith("CJK UNIFIED IDEOGRAPHS ")) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        if (name.startsWith("CJK COMPATIBILITY IDEOGRAPHS ")) {
            return "CJK COMPATIBILITY IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        return name;
    }

    /** A UnicodeEncodeError for str s, code points [start, end). */
    static PyException encodeError(String codec, String s, int start, int end, String reason) {
        return PyErr.unicodeEncodeError(codec, s, start, end, reason);
    }

    /** A UnicodeDecodeError for bytes data, byte positions [start, end). */
    static PyException decodeError(String codec, byte[] data, int start, int end, String reason) {
        return PyErr.unicodeDecodeError(codec, data, start, end, reason);
    }

    // ---- decoding ---------------------------------------------------------------------

    /** Decodes data[off:off+len]. */
    public static String decode(byte[] data, int off, int len, String encoding, String errors) {
        Codec c = lookup(encoding, "decode");
        if (off != 0 || len != data.length) {
            data = java.util.Arrays.copyOfRange(data, off, off + len);
        }
        PyObject handler = CodecHandlers.custom(errors);
        if (handler != null) return decodeCustom(data, c, encoding, handler);
        return switch (c) {
            case UTF8 -> decodeUtf8(data, 0, errors);
            case UTF8_SIG -> decodeUtf8(data, data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                    && (data[2] & 0xFF) == 0xBF ? 3 : 0, errors);
            case ASCII -> decodeAscii(data, errors);
            case LATIN1 -> new String(data, StandardCharsets.ISO_8859_1);
            case UTF16, UTF16LE, UTF16BE -> decodeUtf16(data, c, errors);
            case UTF32, UTF32LE, UTF32BE -> decodeUtf32(data, c, errors);
            case UNICODE_ESCAPE, RAW_UNICODE_ESCAPE -> escapeDecode(data, c == Codec.RAW_UNICODE_ESCAPE, errors);
            case JAVA -> javaDecode(data, encoding, errors);
        };
    }

    /** Decodes with an error handler of one's own; a byte-order mark picks the byte order. */
    private static String decodeCustom(byte[] d, Codec c, String encoding, PyObject handler) {
        // a BOM codec's errors name the codec it chose: 'utf-16-le', 'utf-8'
        String display = c == Codec.JAVA || c == Codec.UTF8_SIG || c == Codec.UTF16 || c == Codec.UTF32
                ? null : c.display;
        int n = d.length;
        return switch (c) {
            case UTF8_SIG -> CodecHandlers.decode(d, display, handler,
                    n >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF ? 3 : 0, "utf-8");
            case UTF16 -> {
                boolean le = n >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE;
                boolean be = n >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF;
                yield CodecHandlers.decode(d, display, handler, le || be ? 2 : 0, be ? "utf-16-be" : "utf-16-le");
            }
            case UTF32 -> {
                boolean le = n >= 4 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE && d[2] == 0 && d[3] == 0;
                boolean be = n >= 4 && d[0] == 0 && d[1] == 0 && (d[2] & 0xFF) == 0xFE && (d[3] & 0xFF) == 0xFF;
                yield CodecHandlers.decode(d, display, handler, le || be ? 4 : 0, be ? "utf-32-be" : "utf-32-le");
            }
            default -> CodecHandlers.decode(d, display, handler, 0, encoding);
        };
    }

    /** Applies the error handler to undecodable bytes [start, end): appends to out or raises. */
    private static void onDecodeError(String errors, String codec, byte[] data, int start, int end, String reason,
                                      StringBuilder out) {
        switch (errors) {
            case "strict" -> throw decodeError(codec, data, start, end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) StrRepr.hex(out, 'x', data[k] & 0xFF, 2);
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if ((data[k] & 0xFF) < 0x80) throw decodeError(codec, data, start, end, reason);
                }
                for (int k = start; k < end; k++) out.append((char) (0xDC00 + (data[k] & 0xFF)));
            }
            case "surrogatepass" -> throw decodeError(codec, data, start, end, reason);
            case "xmlcharrefreplace", "namereplace" ->
                    throw PyErr.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
    }

    private static String decodeUtf8(byte[] b, int start, String errors) {
        int n = b.length, i = start;
        while (i < n && b[i] >= 0) i++;
        if (i == n) return new String(b, start, n - start, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(n);
        for (int k = start; k < i; k++) out.append((char) b[k]);
        outer:
        while (i < n) {
            int b0 = b[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int need, lo = 0x80, hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                if (b0 == 0xE0) lo = 0xA0;
                else if (b0 == 0xED) hi = 0x9F;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                if (b0 == 0xF0) lo = 0x90;
                else if (b0 == 0xF4) hi = 0x8F;
            } else {
                onDecodeError(errors, "utf-8", b, i, i + 1, "invalid start byte", out);
                i++;
                continue;
            }
            int cp = b0 & (0x7F >> (need + 1));
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) {
                    onDecodeError(errors, "utf-8", b, i, n, "unexpected end of data", out);
                    i = n;
                    continue outer;
                }
                int bk = b[i + k] & 0xFF;
                if (bk < (k == 1 ? lo : 0x80) || bk > (k == 1 ? hi : 0xBF)) {
                    if (k == 1 && b0 == 0xED && bk >= 0xA0 && bk <= 0xBF && errors.equals("surrogatepass")
                            && i + 2 < n && (b[i + 2] & 0xC0) == 0x80) {
                        out.append((char) (0xD000 | (bk & 0x3F) << 6 | (b[i + 2] & 0x3F)));
                        i += 3;
                        continue outer;
                    }
                    onDecodeError(errors, "utf-8", b, i, i + k, "invalid continuation byte", out);
                    i += k;
                    continue outer;
                }
                cp = cp << 6 | (bk & 0x3F);
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }

    private static String decodeAscii(byte[] b, String errors) {
        int n = b.length, i = 0;
        while (i < n && b[i] >= 0) i++;
        if (i == n) return new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            if (b[k] >= 0) out.append((char) b[k]);
            else onDecodeError(errors, "ascii", b, k, k + 1, "ordinal not in range(128)", out);
        }
        return out.toString();
    }

    private static String decodeUtf16(byte[] b, Codec c, String errors) {
        int n = b.length, i = 0;
        boolean be = c == Codec.UTF16BE;
        if (c == Codec.UTF16 && n >= 2) {
            int b0 = b[0] & 0xFF, b1 = b[1] & 0xFF;
            if (b0 == 0xFF && b1 == 0xFE) i = 2;
            else if (b0 == 0xFE && b1 == 0xFF) {
                i = 2;
                be = true;
            }
        }
        String name = be ? "utf-16-be" : "utf-16-le";
        StringBuilder out = new StringBuilder(n / 2);
        while (i + 1 < n) {
            int u = be ? (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF) : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
            if (u < 0xD800 || u > 0xDFFF) {
                out.append((char) u);
                i += 2;
            } else if (u >= 0xDC00) {
                if (errors.equals("surrogatepass")) out.append((char) u);
                else onDecodeError(errors, name, b, i, i + 2, "illegal encoding", out);
                i += 2;
            } else if (i + 3 >= n) {
                if (errors.equals("surrogatepass")) {
                    out.append((char) u);
                    i += 2;
                    continue;
                }
                onDecodeError(errors, name, b, i, n, "unexpected end of data", out);
                i = n;
            } else {
                int u2 = be ? (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF) : (b[i + 2] & 0xFF) | (b[i + 3] & 0xFF) << 8;
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    out.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    if (errors.equals("surrogatepass")) out.append((char) u);
                    else onDecodeError(errors, name, b, i, i + 2, "illegal UTF-16 surrogate", out);
                    i += 2;
                }
            }
        }
        if (i < n) onDecodeError(errors, name, b, i, n, "truncated data", out);
        return out.toString();
    }

    private static String decodeUtf32(byte[] b, Codec c, String errors) {
        int n = b.length, i = 0;
        boolean be = c == Codec.UTF32BE;
        if (c == Codec.UTF32 && n >= 4) {
            if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) i = 4;
            else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
                i = 4;
                be = true;
            }
        }
        String name = be ? "utf-32-be" : "utf-32-le";
        StringBuilder out = new StringBuilder(n / 4);
        while (i + 3 < n) {
            long v = be ? (long) (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF)
                    : (long) (b[i + 3] & 0xFF) << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF);
            if (v > 0x10FFFF) {
                onDecodeError(errors, name, b, i, i + 4, "code point not in range(0x110000)", out);
            } else if (v >= 0xD800 && v <= 0xDFFF && !errors.equals("surrogatepass")) {
                onDecodeError(errors, name, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", out);
            } else {
                out.appendCodePoint((int) v);
            }
            i += 4;
        }
        if (i < n) onDecodeError(errors, name, b, i, n, "truncated data", out);
        return out.toString();
    }

    // ---- unicode_escape ------------------------------------------------------------------

    private static byte[] escapeEncode(String s, boolean raw) {
        BytesBuilder out = new BytesBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (raw) {
                if (cp < 0x100) out.append(cp);
                else out.appendLatin1(backslash(cp));
            } else if (cp == '\\') {
                out.append('\\').append('\\');
            } else if (cp == '\t') {
                out.append('\\').append('t');
            } else if (cp == '\n') {
                out.append('\\').append('n');
            } else if (cp == '\r') {
                out.append('\\').append('r');
            } else if (cp >= 0x20 && cp < 0x7F) {
                out.append(cp);
            } else {
                out.appendLatin1(backslash(cp));
            }
        }
        return out.toArray();
    }

    private static String escapeDecode(byte[] b, boolean raw, String errors) {
        String codec = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder out = new StringBuilder(b.length);
        int n = b.length, i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c != '\\' || i + 1 >= n) {
                if (c == '\\' && !raw) {
                    onDecodeError(errors, codec, b, i, n, "\\ at end of string", out);
                    break;
                }
                out.append((char) c);
                i++;
                continue;
            }
            int e = b[i + 1] & 0xFF;
            if (raw && e != 'u' && e != 'U') {
                out.append('\\');
                i++;
                continue;
            }
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    while (k < digits && i < n && Character.digit(b[i], 16) >= 0) {
                        v = v * 16 + Character.digit(b[i], 16);
                        i++;
                        k++;
                    }
                    if (k < digits) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        onDecodeError(errors, codec, b, start, i, what, out);
                    } else if (v < 0 || v > 0x10FFFF) {
                        onDecodeError(errors, codec, b, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", out);
                    } else {
                        out.appendCodePoint(v);
                    }
                }
                case 'N' -> {
                    int close = -1;
                    if (i < n && b[i] == '{') {
                        for (int k = i + 1; k < n; k++) {
                            if (b[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(new String(b, i + 1, close - i - 1, StandardCharsets.ISO_8859_1));
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        int end = close > 0 ? close + 1 : n;
                        onDecodeError(errors, codec, b, start, end, "malformed \\N character escape", out);
                        i = end;
                    } else {
                        out.appendCodePoint(cp);
                        i = close + 1;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                        out.append((char) v);
                    } else {
                        out.append('\\').append((char) e);
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- other codecs, through java.nio.charset --------------------------------------------

    private static String charsetDisplay(Charset cs, String name) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f ? "charmap"
                : name.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    private static byte[] javaEncode(String s, String encoding, String errors) {
        Charset cs = javaCharset(encoding);
        CharsetEncoder enc = cs.newEncoder();
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer out = ByteBuffer.allocate(Math.max(16, (int) (s.length() * (double) enc.maxBytesPerChar()) + 16));
        BytesBuilder result = new BytesBuilder(s.length());
        while (true) {
            CoderResult r = enc.encode(in, out, true);
            if (r.isOverflow()) {
                flush(out, result);
                continue;
            }
            if (r.isUnderflow()) {
                enc.flush(out);
                flush(out, result);
                return result.toArray();
            }
            int startChar = in.position();
            int endChar = startChar + r.length();
            flush(out, result);
            String name = charsetDisplay(cs, encoding);
            int pos = s.codePointCount(0, startChar), end = pos + s.codePointCount(startChar, endChar);
            onEncodeError(errors, s, startChar, endChar, pos, end, name, "character maps to <undefined>", result, null);
            in.position(endChar);
        }
    }

    private static void flush(ByteBuffer out, BytesBuilder result) {
        out.flip();
        result.append(out.array(), 0, out.limit());
        out.clear();
    }

    private static String javaDecode(byte[] data, String encoding, String errors) {
        Charset cs = javaCharset(encoding);
        CharsetDecoder dec = cs.newDecoder();
        if (errors.equals("strict")) {
            dec.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else if (errors.equals("ignore")) {
            dec.onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
        } else {
            dec.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length * 2 + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int pos = in.position();
            throw decodeError(charsetDisplay(cs, encoding), data, pos, pos + r.length(), "character maps to <undefined>");
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }
}
