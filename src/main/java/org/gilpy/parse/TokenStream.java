package org.gilpy.parse;

import java.util.Arrays;
import org.gilpy.ast.Pos;
import org.gilpy.parse.PySyntaxError.Kind;

/**
 * The parser's view of the tokens: a buffer filled from the {@link Tokenizer} on demand,
 * a cursor ({@code mark}) that can be saved and restored for backtracking, and CPython's
 * conventions for turning tokens into node positions and error locations.
 *
 * <p>Invariants: {@code toks[0..fill)} are the tokens fetched so far, in order, never
 * discarded; {@code mark <= fill}. The last fetched token is where CPython places a
 * generic "invalid syntax", so the parser must not look ahead further than CPython's does.
 * A node spans from its first token to the last token it consumed that is not NEWLINE,
 * INDENT, DEDENT or ENDMARKER.
 */
final class TokenStream {
    /** How deep expressions may nest before we give up cleanly (see {@link #enter()}). */
    static final int MAX_DEPTH = 1000;

    final Source src;
    private final Tokenizer tokenizer;
    private Token[] toks = new Token[256];
    private int fill;
    int mark;
    /**
     * True in the second pass after a failure, when the checks that CPython's grammar
     * calls "invalid_" rules run and raise their specific messages.
     */
    boolean invalidPass;
    /** Set when the tokenizer (rather than the parser) raised the pending error. */
    boolean tokenizerFailed;
    private int depth;
    /** An error CPython finds after parsing (in its compiler), reported if the parse succeeds. */
    private PySyntaxError deferred;

    TokenStream(Source src) {
        this.src = src;
        this.tokenizer = new Tokenizer(src);
    }

    // ---- the cursor

    /** The token at the cursor, fetching it if needed. */
    Token peek() {
        if (mark == fill) fetch();
        return toks[mark];
    }

    /** The token {@code k} places after the cursor. */
    Token peek(int k) {
        while (mark + k >= fill) fetch();
        return toks[mark + k];
    }

    Token next() {
        Token t = peek();
        mark++;
        return t;
    }

    /** The last consumed token. */
    Token prev() {
        return toks[mark - 1];
    }

    Token at(int index) {
        return toks[index];
    }

    int fetchedCount() {
        return fill;
    }

    Token lastFetched() {
        return toks[fill - 1];
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atName(String name) {
        return peek().isName(name);
    }

    /** Consumes the operator {@code op} if it is next. */
    boolean acceptOp(String op) {
        if (peek().isOp(op)) {
            mark++;
            return true;
        }
        return false;
    }

    boolean acceptName(String name) {
        if (peek().isName(name)) {
            mark++;
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        Token t = peek();
        if (!t.isOp(op)) throw ParseFailure.INSTANCE;
        mark++;
        return t;
    }

    Token expectName(String name) {
        Token t = peek();
        if (!t.isName(name)) throw ParseFailure.INSTANCE;
        mark++;
        return t;
    }

    /** CPython's forced token ({@code &&':'}): a missing one is an error right away. */
    Token expectForced(String op) {
        Token t = peek();
        if (!t.isOp(op)) throw errorAt(t, "expected '" + op + "'");
        mark++;
        return t;
    }

    Token expect(Token.Kind kind) {
        Token t = peek();
        if (t.kind() != kind) throw ParseFailure.INSTANCE;
        mark++;
        return t;
    }

    /** An identifier (a NAME that is not a keyword). */
    Token expectIdentifier() {
        Token t = peek();
        if (!t.isIdentifier()) throw ParseFailure.INSTANCE;
        mark++;
        return t;
    }

    private void fetch() {
        Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        } catch (Tokenizer.Deferred d) {
            tokenizerFailed = true;
            throw d.error != null ? d.error : unclosedBracket();
        }
        if (fill == toks.length) toks = Arrays.copyOf(toks, fill * 2);
        toks[fill++] = t;
    }

    private PySyntaxError unclosedBracket() {
        return src.error(Kind.SYNTAX_ERROR, "'" + (char) tokenizer.openBracket() + "' was never closed",
                tokenizer.openBracketLine(), tokenizer.openBracketCol() + 1, tokenizer.openBracketLine(), 0);
    }

    /** Whether nothing but blank lines and comments follows the tokens fetched so far. */
    boolean restIsBlank() {
        return tokenizer.restIsBlank();
    }

    // ---- positions

    /** The span from token {@code start} to the last non-whitespace token consumed. */
    Pos pos(int start) {
        Token a = toks[start];
        Token b = lastNonWhitespace();
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** The span of the single token at {@code index}. */
    Pos tokenPos(int index) {
        Token t = toks[index];
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Token lastNonWhitespace() {
        for (int m = mark - 1; m > 0; m--) {
            if (!toks[m].isWhitespace()) return toks[m];
        }
        return toks[0];
    }

    // ---- nesting guard

    /**
     * Counts one level of recursion in the parser. Bracket nesting is limited by the
     * tokenizer (200, as CPython); this guards the other recursive forms (unary operators,
     * lambda and conditional chains) so that deep input gives a SyntaxError, never a
     * StackOverflowError.
     */
    void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw src.error(Kind.SYNTAX_ERROR, "too many nested expressions", t.line(), t.col() + 1,
                    t.endLine(), t.endCol() + 1);
        }
    }

    void leave() {
        depth--;
    }

    void deferError(PySyntaxError e) {
        if (deferred == null) deferred = e;
    }

    /** Throws the first deferred error, if any. */
    void raiseDeferred() {
        if (deferred != null) throw deferred;
    }

    void resetForSecondPass() {
        mark = 0;
        depth = 0;
        invalidPass = true;
    }

    // ---- errors, located as CPython's RAISE_* macros locate them

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token). */
    PySyntaxError errorAt(Token t, String msg) {
        return src.error(Kind.SYNTAX_ERROR, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
    PySyntaxError errorAt(Pos p, String msg) {
        return src.error(Kind.SYNTAX_ERROR, msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b). */
    PySyntaxError errorRange(Pos a, Pos b, String msg) {
        return src.error(Kind.SYNTAX_ERROR, msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): from a to where the tokenizer stands. */
    PySyntaxError errorFrom(Pos a, String msg) {
        Token t = lastFetched();
        return src.error(Kind.SYNTAX_ERROR, msg, a.line(), a.col() + 1, t.endLine(), t.cursorCol());
    }

    /** RAISE_SYNTAX_ERROR(msg): at the last token fetched. */
    PySyntaxError error(String msg) {
        return errorAtLast(Kind.SYNTAX_ERROR, msg);
    }

    /** RAISE_INDENTATION_ERROR(msg). */
    PySyntaxError indentationError(String msg) {
        return errorAtLast(Kind.INDENTATION_ERROR, msg);
    }

    private PySyntaxError errorAtLast(Kind kind, String msg) {
        Token t = lastFetched();
        int offset = t.col() == -1 ? t.cursorCol() : t.col() + 1;
        int endOffset = t.endCol() == -1 ? -1 : t.endCol() + 1;
        return src.error(kind, msg, t.line(), offset, t.endLine(), endOffset);
    }

    /**
     * CPython gives a tokenizer error later in the file priority over an error the parser
     * found: tokenize the rest, and return the error to report.
     */
    PySyntaxError checkRestOfSource(PySyntaxError found) {
        int errorLine = lastFetched().line();
        while (true) {
            Token t;
            try {
                t = tokenizer.next();
            } catch (PySyntaxError e) {
                return e;
            } catch (Tokenizer.Deferred d) {
                if (tokenizer.level() > 0 && errorLine > tokenizer.openBracketLine()) return unclosedBracket();
                return found;
            }
            if (t.kind() == Token.Kind.ENDMARKER) return found;
        }
    }

    /** Thrown (one shared instance, no trace) when no alternative of a rule matches. */
    static final class ParseFailure extends RuntimeException {
        static final ParseFailure INSTANCE = new ParseFailure();

        private ParseFailure() {
            super("no alternative matched", null, false, false);
        }
    }
}
