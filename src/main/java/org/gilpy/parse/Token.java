package org.gilpy.parse;

import java.util.Set;

/**
 * One token of Python source, positioned as CPython 3.11's tokenizer positions it.
 *
 * <p>Lines are 1-based, columns 0-based code point counts from the start of the line, end
 * exclusive. A NEWLINE token ends at its '\n' and starts there too, or at the comment
 * before it. INDENT, DEDENT and ENDMARKER have
 * no extent: {@code col == endCol == -1}; for them {@code cursorCol} records where the
 * tokenizer stood after producing them, which is where CPython puts an error reported
 * "at" such a token. {@code level} is the bracket nesting depth after the token.
 * {@code text} is the token's source text (for a NAME, NFKC-normalized); empty for
 * NEWLINE, INDENT, DEDENT and ENDMARKER.
 */
record Token(Kind kind, String text, int line, int col, int endLine, int endCol,
             int level, int cursorCol) {

    /** Token types; operators and delimiters are all OP, told apart by their text. */
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER }

    /** Python 3.11's hard keywords: never usable as names. */
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield");

    /** Whether this is the operator or delimiter {@code op}. */
    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /** Whether this is the NAME (or keyword) {@code name}. */
    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    /** A NAME that is not a hard keyword: usable as an identifier. */
    boolean isIdentifier() {
        return kind == Kind.NAME && !KEYWORDS.contains(text);
    }

    boolean isKeyword() {
        return kind == Kind.NAME && KEYWORDS.contains(text);
    }

    /** NEWLINE, INDENT, DEDENT or ENDMARKER: tokens that never end a node's span. */
    boolean isWhitespace() {
        return kind == Kind.NEWLINE || kind == Kind.INDENT || kind == Kind.DEDENT
                || kind == Kind.ENDMARKER;
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " " + text) + "@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
