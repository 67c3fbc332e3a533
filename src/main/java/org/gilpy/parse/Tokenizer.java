package org.gilpy.parse;

import java.text.Normalizer;
import org.gilpy.parse.PySyntaxError.Kind;

/**
 * Turns a {@link Source} into {@link Token}s on demand, the way CPython 3.11's C tokenizer
 * does: INDENT/DEDENT from a stack of indentation columns (tabs to multiples of 8, with a
 * second stack counting a tab as 1 to detect inconsistent use, which is a TabError),
 * NEWLINE only at the end of a logical line outside brackets, comments and blank lines
 * skipped, a whole string literal (f-strings included) as one STRING token.
 *
 * <p>Errors are thrown when the offending token is reached, never earlier, because the
 * parser's error priorities depend on that order. Their positions imitate CPython's
 * exactly, which is why the scanning below mirrors its cursor moves ({@code pos} is
 * CPython's {@code cur}: the index of the next code point to read) rather than being
 * written more freely. Number literals are scanned by {@link NumberScanner}.
 */
final class Tokenizer {
    static final int MAX_INDENT = 100;
    static final int MAX_LEVEL = 200;
    private static final int TAB_SIZE = 8;

    private final Source src;
    private final int[] cps;
    private int pos;
    private int line;
    private int lineStart;
    private boolean atBol = true;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indent;
    /** Positive: INDENTs still to return; negative: DEDENTs. */
    private int pending;

    private final int[] parens = new int[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenCols = new int[MAX_LEVEL];
    private int level;

    /**
     * Where CPython's line buffer starts: the first line of a run of lines joined by
     * backslashes (or spanned by a string); error columns are sometimes counted from it.
     */
    private int bufStart;
    /** Start of the token being scanned, and its line and line start (strings span lines). */
    private int start, startLine, startLineStart;

    Tokenizer(Source src) {
        this.src = src;
        this.cps = src.cps;
        this.line = src.firstLine;
    }

    int level() { return level; }

    /** The bracket still open at end of file: its character, line and column. */
    int openBracket() { return parens[level - 1]; }
    int openBracketLine() { return parenLines[level - 1]; }
    int openBracketCol() { return parenCols[level - 1]; }

    /** Whether only blank lines and comments remain after the cursor (CPython's bad_single_statement). */
    boolean restIsBlank() {
        int i = pos;
        while (i < src.length) {
            int c = cps[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < src.length && cps[i] != '\n') i++;
            } else {
                return false;
            }
        }
        return true;
    }

    int nextc() {
        if (pos >= src.length) {
            pos = src.length + 1;   // reading past the end, as C's EOF; backup() undoes it
            return -1;
        }
        int c = cps[pos++];
        return c;
    }

    void backup() {
        pos--;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    /**
     * The next token. Throws {@link PySyntaxError} for a lexical error and {@link Deferred}
     * for the errors CPython reports through its parser.
     */
    Token next() {
        boolean blank;
        while (true) {
            blank = false;
            if (atBol) {
                atBol = false;
                bufStart = pos;
                blank = indentation();
            }
            if (pending != 0) return indentToken();
            int c = nextc();
            while (c == ' ' || c == '\t' || c == '\f') c = nextc();
            start = pos - 1;
            startLine = line;
            startLineStart = lineStart;
            if (c == '#') {
                while (c != '\n' && c != -1) c = nextc();
            }
            if (c == -1) {
                pos = src.length;
                if (level > 0) throw new Deferred(null);
                return special(Token.Kind.ENDMARKER);
            }
            if (c == '\n') {
                atBol = true;
                int col = pos - 1 - lineStart;
                int nlLine = line;
                newLine();
                if (blank || level > 0) continue;
                // Like CPython's, the NEWLINE token starts at a comment before it, if any.
                int shift = nlLine == src.firstLine ? src.colShift : 0;
                return new Token(Token.Kind.NEWLINE, "", nlLine, start - src.lineStart(nlLine) + shift, nlLine,
                        col + shift, level, col + 1);
            }
            if (c == '\\') {
                continuationLine();
                continue;
            }
            return scan(c);
        }
    }

    /** After a backslash: it must end the line, and another line must follow. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw deferred(src.error(Kind.SYNTAX_ERROR, "unexpected character after line continuation character",
                    line, pos - bufStart, line, 0));
        }
        newLine();
        if (pos >= src.length) {
            if (level > 0) throw new Deferred(null);
            throw deferred(src.error(Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                    line - 1, pos - src.lineStart(line - 1), line - 1, -1));
        }
    }

    /**
     * Measures the indentation at the start of a line and queues INDENT/DEDENT tokens.
     * Returns whether the line is blank (only spaces and/or a comment).
     */
    private boolean indentation() {
        int col = 0, altCol = 0, contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = altCol = 0;
            } else if (c == '\\') {
                // A backslash in the indentation joins the next line; the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup();
        if (contLineCol != 0) col = altCol = contLineCol;
        if (c == '#' || c == '\n') return true;
        if (level != 0) return false;
        if (col == indents[indent]) {
            if (altCol != altIndents[indent]) throw tabError();
        } else if (col > indents[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                throw deferred(src.error(Kind.INDENTATION_ERROR, "too many levels of indentation", line, 1, line, 0));
            }
            if (altCol <= altIndents[indent]) throw tabError();
            pending++;
            indents[++indent] = col;
            altIndents[indent] = altCol;
        } else {
            while (indent > 0 && col < indents[indent]) {
                pending--;
                indent--;
            }
            if (col != indents[indent]) {
                throw deferred(src.error(Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level",
                        line, src.lineEnd(line) - lineStart, line, -1));
            }
            if (altCol != altIndents[indent]) throw tabError();
        }
        return false;
    }

    private Deferred tabError() {
        return deferred(src.error(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                line, 1, line, 0));
    }

    private static Deferred deferred(PySyntaxError error) {
        return new Deferred(error);
    }

    private Token indentToken() {
        Token.Kind kind;
        if (pending < 0) {
            pending++;
            kind = Token.Kind.DEDENT;
        } else {
            pending--;
            kind = Token.Kind.INDENT;
        }
        return special(kind);
    }

    /** An INDENT, DEDENT or ENDMARKER: no extent, on the current line. */
    private Token special(Token.Kind kind) {
        int ln = Math.min(line, src.lastLine());
        return new Token(kind, "", ln, -1, ln, -1, level, pos - src.lineStart(ln));
    }

    /** A lexical error at the cursor, positioned and worded as CPython's tokenizer does. */
    PySyntaxError error(String msg) {
        int off = pos - lineStart;
        return src.tokenizerError(Kind.SYNTAX_ERROR, msg, line, off, line, off);
    }

    private Token token(Token.Kind kind, String text) {
        int col = start - startLineStart + (startLine == src.firstLine ? src.colShift : 0);
        int endCol = pos - lineStart + (line == src.firstLine ? src.colShift : 0);
        return new Token(kind, text, startLine, col, line, endCol, level, pos - lineStart);
    }

    private Token scan(int c) {
        if (isPotentialIdentifierStart(c)) return nameOrString(c);
        if (c == '.') {
            int d = nextc();
            if (isDigit(d)) return number(d, true);
            if (d == '.') {
                if (nextc() == '.') return token(Token.Kind.OP, "...");
                backup();
            }
            backup();
            return token(Token.Kind.OP, ".");
        }
        if (isDigit(c)) return number(c, false);
        if (c == '\'' || c == '"') return string(c);
        return operator(c);
    }

    // ---- names and string literals

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token nameOrString(int c) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') return string(c);
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonAscii = true;
            c = nextc();
        }
        backup();
        String name = src.substring(start, pos);
        if (nonAscii) {
            verifyIdentifier();
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        return token(Token.Kind.NAME, name);
    }

    /** Rejects a non-ASCII "identifier" containing a character Python does not allow there. */
    private void verifyIdentifier() {
        for (int i = start; i < pos; i++) {
            int c = cps[i];
            boolean ok = i == start
                    ? c == '_' || Character.isUnicodeIdentifierStart(c)
                    : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (!ok) {
                pos = i + 1;
                String hex = String.format("%04X", c);
                throw error(isPrintable(c)
                        ? "invalid character '" + Character.toString(c) + "' (U+" + hex + ")"
                        : "invalid non-printable character U+" + hex);
            }
        }
    }

    /** Python's str.isprintable() for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private Token string(int quote) {
        int firstLine = line, firstLineStart = lineStart;
        int quoteSize = 1, endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;   // the empty string
            }
        }
        if (c != quote) backup();
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == -1 || (quoteSize == 1 && c == '\n')) {
                int detected = Math.min(line, src.lastLine());
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")";
                int off = start + 1 - firstLineStart;
                throw src.tokenizerError(Kind.SYNTAX_ERROR, msg, firstLine, off, firstLine, off);
            }
            if (c == '\n') {
                newLine();
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == '\n') newLine();
                    else if (c == -1) backup();
                }
            }
        }
        return token(Token.Kind.STRING, src.substring(start, pos));
    }

    // ---- numbers (scanned by NumberScanner, which moves this cursor)

    private Token number(int c, boolean afterDot) {
        boolean backUp = new NumberScanner(this).scan(c, afterDot);
        if (backUp) backup();
        return token(Token.Kind.NUMBER, src.substring(start, pos));
    }

    /** The code point {@code ahead} places after the cursor, or -1 past the end. */
    int peekChar(int ahead) {
        return pos + ahead < src.length ? cps[pos + ahead] : -1;
    }

    /** A lexical error spanning 1-based offsets {@code [offset, endOffset]} of the current line. */
    PySyntaxError errorRange(String msg, int offset, int endOffset) {
        return src.tokenizerError(Kind.SYNTAX_ERROR, msg, line, offset, line, endOffset);
    }

    /** Columns of the token start and of the cursor on the current line. */
    int tokenStartCol() { return start - lineStart; }
    int cursorCol() { return pos - lineStart; }

    // ---- operators and brackets

    private Token operator(int c) {
        int c2 = pos < src.length ? cps[pos] : -1;
        String op = twoChar(c, c2);
        if (op != null) {
            pos++;
            int c3 = pos < src.length ? cps[pos] : -1;
            if (c3 == '=' && (op.equals("**") || op.equals("//") || op.equals(">>") || op.equals("<<"))) {
                pos++;
                op = op + "=";
            }
            return token(Token.Kind.OP, op);
        }
        if (!isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c));
        }
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) throw error("too many nested parentheses");
                parens[level] = c;
                parenLines[level] = line;
                parenCols[level] = start - lineStart;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) throw error("unmatched '" + (char) c + "'");
                level--;
                int open = parens[level];
                if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) open + "'";
                    if (parenLines[level] != line) msg += " on line " + parenLines[level];
                    throw error(msg);
                }
            }
            default -> { }
        }
        return token(Token.Kind.OP, Character.toString(c));
    }

    private static String twoChar(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? "!=" : null;
            case '%' -> c2 == '=' ? "%=" : null;
            case '&' -> c2 == '=' ? "&=" : null;
            case '*' -> c2 == '*' ? "**" : c2 == '=' ? "*=" : null;
            case '+' -> c2 == '=' ? "+=" : null;
            case '-' -> c2 == '=' ? "-=" : c2 == '>' ? "->" : null;
            case '/' -> c2 == '/' ? "//" : c2 == '=' ? "/=" : null;
            case ':' -> c2 == '=' ? ":=" : null;
            case '<' -> c2 == '<' ? "<<" : c2 == '=' ? "<=" : c2 == '>' ? "<>" : null;
            case '=' -> c2 == '=' ? "==" : null;
            case '>' -> c2 == '=' ? ">=" : c2 == '>' ? ">>" : null;
            case '@' -> c2 == '=' ? "@=" : null;
            case '^' -> c2 == '=' ? "^=" : null;
            case '|' -> c2 == '=' ? "|=" : null;
            default -> null;
        };
    }

    /**
     * An error that CPython's tokenizer only flags and its parser reports (so it does not
     * take priority over a parser error when the rest of the file is checked, see
     * {@link TokenStream}). {@code error} is null when the source ended inside brackets.
     */
    static final class Deferred extends RuntimeException {
        final PySyntaxError error;

        Deferred(PySyntaxError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }
}
