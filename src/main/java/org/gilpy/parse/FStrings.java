package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;

/**
 * The inside of one f-string token, with Python 3.11's rules: literal text with
 * {@code {{ }}} doubling and escapes, replacement fields {@code {expr=!c:spec}} whose
 * expression is found by scanning for the closing brace (tracking quotes and brackets,
 * refusing backslashes and '#') and then parsed on its own as {@code (expr)}, format specs
 * that may hold one more level of fields.
 *
 * <p>Positions follow CPython 3.11: the expression's nodes are where the expression is in
 * the file; the Constant and FormattedValue parts span the whole run of literals; a format
 * spec's JoinedStr spans its own token. Errors of the f-string syntax itself are reported
 * at the token after the run (CPython's RAISE_SYNTAX_ERROR), errors in an expression by
 * the expression's own parse, prefixed "f-string: ".
 */
final class FStrings {
    private static final int MAX_NESTED_BRACKETS = 200;

    private final TokenStream ts;
    private final Token token;
    private final int[] cps;
    private final int end;
    private final boolean raw;
    /** The span of the whole run of string literals. */
    private final Pos whole;
    private int pos;

    FStrings(TokenStream ts, Token token, Strings.Literal lit, Pos whole) {
        this.ts = ts;
        this.token = token;
        this.cps = lit.cps();
        this.pos = lit.bodyStart();
        this.end = lit.bodyEnd();
        this.raw = lit.raw();
        this.whole = whole;
    }

    /** Accumulates the parts of a JoinedStr, merging adjacent literal text. */
    static final class Builder {
        private final Pos partPos;
        private StringBuilder last;
        private final List<Expr> values = new ArrayList<>();

        Builder(Pos partPos) {
            this.partPos = partPos;
        }

        void addLiteral(String s) {
            if (s.isEmpty()) return;
            if (last == null) last = new StringBuilder();
            last.append(s);
        }

        void addValue(Expr value) {
            flush(partPos);
            values.add(value);
        }

        private void flush(Pos p) {
            if (last != null) {
                values.add(new Expr.Constant(p, last.toString()));
                last = null;
            }
        }

        String literal() {
            return last == null ? "" : last.toString();
        }

        Expr finish(Pos lastPartPos, Pos joinedPos) {
            flush(lastPartPos);
            return new Expr.JoinedStr(joinedPos, List.copyOf(values));
        }
    }

    /** Parses the token's body into {@code out}. */
    void parse(Builder out) {
        parseInto(out, 0);
    }

    private void parseInto(Builder out, int level) {
        while (true) {
            boolean doubled = literal(out, level);
            if (doubled) continue;
            if (pos >= end || cps[pos] == '}') break;
            out.addValue(field(out, level));
        }
        if (level != 0 && (pos >= end || cps[pos] != '}')) throw ts.error("f-string: expecting '}'");
    }

    /**
     * Literal text up to the next field (or, in a format spec, its closing brace). Returns
     * true when it stopped after a doubled brace, whose single copy ends the text.
     */
    private boolean literal(Builder out, int level) {
        int start = pos;
        boolean doubled = false;
        int stop;
        while (true) {
            if (pos >= end) {
                stop = pos;
                break;
            }
            int ch = cps[pos++];
            if (!raw && ch == '\\' && pos < end) {
                ch = cps[pos++];
                if (ch == 'N') {
                    if (pos < end && cps[pos++] == '{') {
                        while (pos < end && cps[pos++] != '}') { }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (pos < end && cps[pos] == ch) {
                        stop = pos;
                        pos++;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        pos--;
                        throw ts.error("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                stop = pos;
                break;
            }
        }
        if (stop > start) {
            if (raw) {
                out.addLiteral(new String(cps, start, stop - start));
            } else {
                try {
                    out.addLiteral(Escapes.decodeStr(cps, start, stop));
                } catch (Escapes.Failure e) {
                    throw ts.error(e.message);
                }
            }
        }
        return doubled;
    }

    /** A replacement field; the cursor is on its '{'. Adds the "expr=" text, if any, to {@code out}. */
    private Expr field(Builder out, int level) {
        if (level >= 2) throw ts.error("f-string: expressions nested too deeply");
        int brace = pos;
        pos++;
        int exprStart = pos;
        int quote = 0, quoteSize = 0, depth = 0;
        int[] brackets = new int[MAX_NESTED_BRACKETS];
        for (; pos < end; pos++) {
            int ch = cps[pos];
            if (ch == '\\') throw ts.error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteSize == 3) {
                        if (pos + 2 < end && cps[pos + 1] == ch && cps[pos + 2] == ch) {
                            pos += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && cps[pos + 1] == ch && cps[pos + 2] == ch) {
                    quoteSize = 3;
                    pos += 2;
                } else {
                    quoteSize = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '(' || ch == '{') {
                if (depth >= MAX_NESTED_BRACKETS) throw ts.error("f-string: too many nested parenthesis");
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw ts.error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end && cps[pos + 1] == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == ')' || ch == '}') {
                if (depth == 0) throw ts.error("f-string: unmatched '" + (char) ch + "'");
                int open = brackets[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw ts.error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) open + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quote != 0) throw ts.error("f-string: unterminated string");
        if (depth != 0) throw ts.error("f-string: unmatched '" + (char) brackets[depth - 1] + "'");
        if (pos >= end) throw expectingBrace();
        Expr value = compile(brace, exprStart, exprEnd);
        if (cps[pos] == '=') {
            pos++;
            while (pos < end && isSpace(cps[pos])) pos++;
            if (pos >= end) throw expectingBrace();
            out.addLiteral(new String(cps, exprStart, pos - exprStart));
        }
        boolean debug = cps[exprEnd] == '=';
        int conversion = -1;
        if (cps[pos] == '!') {
            pos++;
            if (pos >= end) throw expectingBrace();
            conversion = cps[pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw ts.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (pos < end && cps[pos] == ':') {
            pos++;
            if (pos >= end) throw expectingBrace();
            Builder specParts = new Builder(whole);
            parseInto(specParts, level + 1);
            Pos tokenPos = new Pos(token.line(), token.col(), token.endLine(), token.endCol());
            spec = specParts.finish(tokenPos, tokenPos);
        }
        if (pos >= end || cps[pos] != '}') throw expectingBrace();
        pos++;
        if (debug && spec == null && conversion == -1) conversion = 'r';
        return new Expr.FormattedValue(whole, value, conversion, spec);
    }

    private PySyntaxError expectingBrace() {
        return ts.error("f-string: expecting '}'");
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** Parses the field's expression {@code cps[from, to)} as "(expr)", positioned where it is in the file. */
    private Expr compile(int brace, int from, int to) {
        int s = from;
        while (s < to && (cps[s] == ' ' || cps[s] == '\t' || cps[s] == '\n' || cps[s] == '\f')) s++;
        if (s == to) {
            int terminator = cps[to];
            if (terminator == '!' || terminator == ':' || terminator == '=') {
                throw ts.error("f-string: expression required before '" + (char) terminator + "'");
            }
            throw ts.error("f-string: empty expression not allowed");
        }
        int lines = 0;
        for (int i = 0; i < brace; i++) if (cps[i] == '\n') lines++;
        boolean newlineAfterBrace = true;
        for (int i = brace + 1; i < end && cps[i] != '}' && cps[i] != '\n'; i++) {
            if (cps[i] != ' ' && cps[i] != '\t' && cps[i] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int lineBegin = brace;
            while (lineBegin > 0 && cps[lineBegin] != '\n') lineBegin--;
            cols = brace - lineBegin - (cps[lineBegin] == '\n' ? 1 : 0);
        }
        int line = token.line() + lines;
        int col = lines != 0 ? cols : token.col() + cols;
        String text = "(" + new String(cps, from, to - from) + ")";
        return Parser.parseFStringExpression(text, ts.src.filename, line, col);
    }
}
