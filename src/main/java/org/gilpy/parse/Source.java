package org.gilpy.parse;

import java.util.Arrays;

/**
 * One Python source text prepared for tokenizing: its code points with every
 * {@code \r\n} and lone {@code \r} turned into {@code \n}, and a final {@code \n} added
 * when the text lacks one (as CPython's tokenizer does), plus the start of each line.
 *
 * <p>Invariants: {@code cps[length-1] == '\n'}; {@code lineStarts[k]} is the index of the
 * first code point of line {@code firstLine+k}. Columns everywhere in this package are
 * code point counts from a line start. Also builds {@link PySyntaxError}s, since only the
 * source knows the text of a line.
 *
 * <p>The expression of an f-string field is parsed as a source of its own, "(expr)",
 * numbered from the line where it stands ({@code firstLine}); tokens on its first line
 * are shifted right by {@code colShift}, and its errors read as CPython 3.11 reports them
 * ({@code fstring}): "f-string: " before the message, offsets relative to "(expr)".
 */
final class Source {
    final String filename;
    final int firstLine;
    final int colShift;
    final boolean fstring;
    final int[] cps;
    final int length;
    /** Whether the original text ended with a newline (CPython's error text then shows it). */
    private final boolean endsWithNewline;
    private int[] lineStarts = new int[64];
    private int lineCount;

    Source(String text, String filename, int firstLine, int colShift, boolean fstring) {
        this.filename = filename;
        this.firstLine = firstLine;
        this.colShift = colShift;
        this.fstring = fstring;
        int[] raw = text.codePoints().toArray();
        int[] out = new int[raw.length + 1];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i];
            if (c == '\r') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') i++;
                c = '\n';
            }
            out[n++] = c;
        }
        endsWithNewline = n > 0 && out[n - 1] == '\n';
        if (!endsWithNewline) out[n++] = '\n';
        cps = out;
        length = n;
        addLine(0);
        for (int i = 0; i < n - 1; i++) {
            if (out[i] == '\n') addLine(i + 1);
        }
    }

    private void addLine(int start) {
        if (lineCount == lineStarts.length) lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
        lineStarts[lineCount++] = start;
    }

    /** The number of the last line. */
    int lastLine() { return firstLine + lineCount - 1; }

    /** Index of the first code point of line {@code line}. */
    int lineStart(int line) { return lineStarts[line - firstLine]; }

    /** Index just past the '\n' that ends line {@code line}. */
    int lineEnd(int line) { return line < lastLine() ? lineStarts[line - firstLine + 1] : length; }

    String substring(int from, int to) { return new String(cps, from, to - from); }

    /**
     * The text of a line as CPython puts it in {@code SyntaxError.text}: with its newline
     * when {@code withNewline} and the original source had one there; null past the end.
     */
    String lineText(int line, boolean withNewline) {
        if (line < firstLine || line > lastLine()) return null;
        int from = lineStart(line), to = lineEnd(line);
        boolean last = line == lastLine();
        if (!withNewline || (last && !endsWithNewline && !fstring)) to--;
        return substring(from, to);
    }

    /**
     * An error found by the parser, located by 1-based offsets, its text the whole line.
     * Like CPython, offsets past the end of the line are pulled back to just after it.
     */
    PySyntaxError error(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        String text = lineText(line, true);
        if (fstring) {
            // The expression's own parser counts UTF-8 bytes (it has no encoding to convert with).
            msg = "f-string: " + msg;
            offset = utf8Offset(text, offset - 1 - (line == firstLine ? colShift : 0)) + 1
                    - (line == firstLine ? 0 : colShift);
            endOffset = utf8Offset(lineText(endLine, true), endOffset - 1 - (endLine == firstLine ? colShift : 0)) + 1
                    - (endLine == firstLine ? 0 : colShift);
        } else if (text != null) {
            int max = text.codePointCount(0, text.length()) + 1;
            if (offset > max) offset = max;
            if (endLine != line && endOffset > 0) endOffset = endOffsetOnOtherLine(text, endLine, endOffset);
            if (endOffset > max) endOffset = max;
        }
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, text);
    }

    /** The UTF-8 length of the first {@code chars} code points of {@code text} (chars itself if out of range). */
    private static int utf8Offset(String text, int chars) {
        if (text == null || chars <= 0 || chars > text.codePointCount(0, text.length())) return chars;
        String prefix = text.substring(0, text.offsetByCodePoints(0, chars));
        return prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * CPython converts an end offset on another line than the start from UTF-8 bytes to
     * characters using the start line's text; so does this, for identical carets.
     */
    private int endOffsetOnOtherLine(String startText, int endLine, int endOffset) {
        String endText = lineText(endLine, true);
        if (endText == null) return endOffset;
        int chars = Math.min(endOffset - 1, endText.codePointCount(0, endText.length()));
        String prefix = endText.substring(0, endText.offsetByCodePoints(0, chars));
        int bytes = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        byte[] start = startText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes > start.length) return startText.codePointCount(0, startText.length()) + 1;
        String decoded = new String(start, 0, bytes, java.nio.charset.StandardCharsets.UTF_8);
        return decoded.codePointCount(0, decoded.length());
    }

    /** An error raised by the tokenizer: CPython's tokenizer leaves the newline out of the text. */
    PySyntaxError tokenizerError(PySyntaxError.Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, lineText(line, false));
    }
}
