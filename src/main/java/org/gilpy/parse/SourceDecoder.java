package org.gilpy.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilpy.parse.PySyntaxError.Kind;

/**
 * Source file bytes to text, as CPython 3.11 reads a script: UTF-8 unless a PEP 263
 * coding cookie ({@code # -*- coding: latin-1 -*-}) on line 1 or 2 names another codec, a
 * UTF-8 byte order mark is skipped. Errors are CPython's SyntaxErrors for that path; those
 * CPython reports without a location have {@code filename == null} and zero
 * line/offsets.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(#.*)?$");

    /** The text of the source {@code bytes} read from {@code filename}. */
    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) start = 3;
        String declared = cookie(bytes, start);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            String normal = normalName(declared);
            if (bom && !normal.equals("utf-8")) throw unlocated("encoding problem: " + normal + " with BOM");
            charset = charset(normal);
            if (charset == null) throw unlocated("encoding problem: " + declared);
        }
        String text = decodeWith(bytes, start, charset, declared, filename);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1, lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new PySyntaxError(Kind.SYNTAX_ERROR, "source code cannot contain null bytes", filename,
                    line, 0, line, 0, text.substring(lineStart, nul));
        }
        return text;
    }

    /** An error CPython reports without file or position. */
    private static PySyntaxError unlocated(String msg) {
        return new PySyntaxError(Kind.SYNTAX_ERROR, msg, null, 0, 0, 0, 0, null);
    }

    /** The encoding named by a coding cookie on the first or second line, or null. */
    private static String cookie(byte[] bytes, int start) {
        String first = line(bytes, start);
        Matcher m = COOKIE.matcher(first);
        if (m.find()) return m.group(1);
        if (!BLANK_OR_COMMENT.matcher(first).matches()) return null;
        int next = start + first.length() + 1;
        if (next >= bytes.length) return null;
        m = COOKIE.matcher(line(bytes, next));
        return m.find() ? m.group(1) : null;
    }

    /** The line starting at {@code from}, bytes taken as Latin-1 (the cookie is ASCII). */
    private static String line(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
        return new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 folded to one. */
    private static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) return "utf-8";
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static Charset charset(String name) {
        String n = name.equals("utf8") ? "utf-8" : name;
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodeWith(byte[] bytes, int start, Charset charset, String declared, String filename) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            if (declared != null && !normalName(declared).equals("utf-8")) {
                throw unlocated("encoding problem: " + normalName(declared));
            }
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad; i++) if (bytes[i] == '\n') line++;
            String hex = String.format("\\x%02x", bytes[bad] & 0xFF);
            throw unlocated("Non-UTF-8 code starting with '" + hex + "' in file " + filename + " on line " + line
                    + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
        out.flip();
        return out.toString();
    }
}
