package org.gilpy.parse;

import java.util.List;
import java.util.function.Function;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.parse.PySyntaxError.Kind;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Python 3.11 source to {@link Mod} trees: the entry points for {@code exec},
 * {@code eval} and {@code single} mode, and the error strategy they share.
 *
 * <p>As CPython does, a parse that fails is run a second time with its "invalid_" rules
 * switched on ({@link InvalidExpr}, {@link InvalidArgs}, {@link InvalidStmt}), which turn
 * the failure into a specific message; if none applies, the error is a plain "invalid
 * syntax" at the last token the first pass read. A lexical error further down the file
 * takes priority over the parser's error ({@link TokenStream#checkRestOfSource}).
 */
public final class Parser {
    static final String ASYNC_UNSUPPORTED = "async/await is not supported yet by gilpy";
    static final String MATCH_UNSUPPORTED = "the match statement is not supported yet by gilpy";
    static final String EXCEPT_STAR_UNSUPPORTED = "except* is not supported yet by gilpy";

    private Parser() {}

    /** Parses a module ({@code exec} mode). */
    public static Mod.Module parseModule(String source, String filename) {
        Source src = source(source, filename);
        return run(src, sp -> new Mod.Module(Pos.NONE, sp.file()));
    }

    /** Parses one expression ({@code eval} mode): {@code expressions NEWLINE* ENDMARKER}. */
    public static Mod.Expression parseExpression(String source, String filename) {
        Source src = source(source, filename);
        return run(src, sp -> {
            Expr body = expressions(sp);
            while (sp.ts.peek().kind() == Token.Kind.NEWLINE) sp.ts.next();
            sp.ts.expect(Token.Kind.ENDMARKER);
            return new Mod.Expression(Pos.NONE, body);
        });
    }

    /** Parses one interactive statement ({@code single} mode). */
    public static Mod.Interactive parseInteractive(String source, String filename) {
        Source src = source(source, filename);
        return run(src, sp -> {
            TokenStream ts = sp.ts;
            List<Stmt> body = new java.util.ArrayList<>();
            if (ts.peek().kind() == Token.Kind.NEWLINE || ts.peek().kind() == Token.Kind.ENDMARKER) {
                throw ParseFailure.INSTANCE;
            }
            Stmt compound = sp.compound.tryCompound();
            if (compound != null) {
                body.add(compound);
                if (ts.peek().kind() == Token.Kind.NEWLINE) ts.next();
                if (ts.peek().kind() != Token.Kind.ENDMARKER) throw ParseFailure.INSTANCE;
            } else {
                sp.simpleStatements(body);
                if (!ts.restIsBlank()) {
                    throw ts.error("multiple statements found while compiling a single statement");
                }
            }
            return new Mod.Interactive(Pos.NONE, body);
        });
    }

    /** expressions: {@code expression (',' expression)* [',']}, a Tuple when there is a comma. */
    private static Expr expressions(StmtParser sp) {
        TokenStream ts = sp.ts;
        int start = ts.mark;
        Expr first = sp.ex.expression();
        if (!ts.atOp(",")) return first;
        List<Expr> elts = new java.util.ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (!ExprParser.startsExpression(ts.peek(), false)) break;
            elts.add(sp.ex.expression());
        }
        return new Expr.Tuple(ts.pos(start), elts, org.gilpy.ast.Ctx.LOAD);
    }

    /**
     * The expression of an f-string replacement field, given as "(expr)" and placed at
     * {@code line}/{@code col} (where its '{' is): CPython's {@code fstring} start rule,
     * a star_expressions.
     */
    static Expr parseFStringExpression(String text, String filename, int line, int col) {
        Source src = new Source(text, filename, line, col, true);
        return run(src, sp -> sp.ex.starExpressions());
    }

    private static Source source(String text, String filename) {
        if (text.indexOf('\0') >= 0) {
            throw new PySyntaxError(Kind.SYNTAX_ERROR, "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
        return new Source(text, filename, 1, 0, false);
    }

    /** Runs {@code rule} with CPython's two-pass error strategy. */
    private static <T> T run(Source src, Function<StmtParser, T> rule) {
        TokenStream ts = new TokenStream(src);
        StmtParser sp = new StmtParser(ts);
        try {
            T result;
            try {
                result = rule.apply(sp);
            } catch (ParseFailure f) {
                throw secondPass(ts, sp, rule);
            } catch (PySyntaxError e) {
                throw ts.tokenizerFailed ? e : ts.checkRestOfSource(e);
            }
            ts.raiseDeferred();
            return result;
        } catch (StackOverflowError e) {
            // A backstop: the depth guards should make this unreachable with a normal stack.
            Token t = ts.fetchedCount() > 0 ? ts.lastFetched() : null;
            int line = t == null ? 1 : t.line();
            throw src.error(Kind.SYNTAX_ERROR, "too many nested expressions", line, t == null ? 1 : t.col() + 1,
                    line, t == null ? 1 : t.endCol() + 1);
        }
    }

    /** The error to report after a failed first pass. */
    private static <T> PySyntaxError secondPass(TokenStream ts, StmtParser sp, Function<StmtParser, T> rule) {
        Token last = ts.lastFetched();
        ts.resetForSecondPass();
        try {
            rule.apply(sp);
        } catch (ParseFailure f) {
            // no invalid_ rule explained it
        } catch (PySyntaxError e) {
            return ts.tokenizerFailed ? e : ts.checkRestOfSource(e);
        }
        if (last.kind() == Token.Kind.INDENT) return ts.indentationError("unexpected indent");
        if (last.kind() == Token.Kind.DEDENT) return ts.indentationError("unexpected unindent");
        return ts.checkRestOfSource(ts.errorAt(last, "invalid syntax"));
    }
}
