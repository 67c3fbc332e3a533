package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Parameter lists of {@code def} (between the parentheses, with annotations) and of
 * {@code lambda} (up to the colon, without): positional-only parameters before '/',
 * keyword-only ones after '*' or '*args', defaults, '**kwargs'.
 *
 * <p>The order rules are checked as the list is read, left to right. A violation is a
 * {@link ParseFailure}, or in the error pass the message and location of CPython's
 * invalid_parameters / invalid_star_etc / invalid_kwds / invalid_default rules (and their
 * lambda twins; tag: invalid_rule).
 */
final class Params {
    private final ExprParser ex;
    private final TokenStream ts;

    Params(ExprParser ex) {
        this.ex = ex;
        this.ts = ex.ts;
    }

    /** The parameters of a def, the cursor just after '('; stops before ')'. */
    Arguments functionParams() {
        return new Reader(")", true).read();
    }

    /** The parameters of a lambda, the cursor just after 'lambda'; stops before ':'. */
    Arguments lambdaParams() {
        return new Reader(":", false).read();
    }

    /** One pass over a parameter list. */
    private final class Reader {
        private final String end;
        private final boolean def;
        private final List<Arg> args = new ArrayList<>();
        private List<Arg> posonly = List.of();
        private final List<Expr> defaults = new ArrayList<>();
        private final List<Arg> kwonly = new ArrayList<>();
        private final List<Expr> kwDefaults = new ArrayList<>();
        private Arg vararg, kwarg;
        private boolean star, bareStar, slash;
        /**
         * Where the list stands in CPython's pattern for "non-default argument follows
         * default argument" (no-defaults, defaults, optionally '/', then a no-default):
         * 0 leading no-defaults, 1 after defaults, 2 after defaults and '/', -1 cannot match.
         */
        private int defaultsState;

        Reader(String end, boolean def) {
            this.end = end;
            this.def = def;
        }

        Arguments read() {
            int listStart = ts.mark;
            if (ts.atOp(end)) return Arguments.empty(Pos.NONE);
            while (true) {
                Token t = ts.peek();
                if (t.isOp("/")) {
                    slash(t);
                } else if (t.isOp("*")) {
                    star(t);
                } else if (t.isOp("**")) {
                    doubleStar();
                    break;
                } else {
                    plain();
                }
                if (!ts.acceptOp(",")) {
                    if (!ts.atOp(end)) throw ParseFailure.INSTANCE;
                    break;
                }
                if (ts.atOp(end)) break;
            }
            if (bareStar && kwonly.isEmpty()) throw ParseFailure.INSTANCE;
            return new Arguments(ts.pos(listStart), posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }

        private void slash(Token t) {
            defaultsState = defaultsState == 1 && ts.peek(1).isOp(",") ? 2 : -1;
            if (args.isEmpty() && !slash && !star) {
                Token before = ts.at(ts.mark - 1);
                if (ts.peek(1).isOp(",") && (def ? before.isOp("(") : before.isName("lambda"))) {
                    invalid(t, "at least one argument must precede /");
                }
                throw ParseFailure.INSTANCE;
            }
            if (slash) invalid(t, "/ may appear only once");
            if (star) invalid(t, "/ must be ahead of *");
            ts.next();
            if (ts.atOp("*")) invalid(ts.peek(), "expected comma between / and *");
            slash = true;
            posonly = List.copyOf(args);
            args.clear();
        }

        private void star(Token t) {
            if (star) {
                Token n = ts.peek(1);
                if (n.isOp(",") || n.isIdentifier()) invalid(t, "* argument may appear only once");
                throw ParseFailure.INSTANCE;
            }
            ts.next();
            star = true;
            defaultsState = -1;
            Token n = ts.peek();
            if (n.isOp(end) || (n.isOp(",") && (ts.peek(1).isOp(end) || ts.peek(1).isOp("**")))) {
                if (def) {
                    invalid(t, "named arguments must follow bare *");
                } else if (ts.invalidPass) {
                    throw ts.error("named arguments must follow bare *");
                }
                throw ParseFailure.INSTANCE;
            }
            if (n.isOp(",")) {
                bareStar = true;
                return;
            }
            vararg = param(true);
            if (ts.atOp("=")) invalid(ts.peek(), "var-positional argument cannot have default value");
        }

        private void doubleStar() {
            ts.next();
            kwarg = param(false);
            if (ts.atOp("=")) invalid(ts.peek(), "var-keyword argument cannot have default value");
            if (ts.acceptOp(",")) {
                Token n = ts.peek();
                if (n.isIdentifier()) {
                    int at = ts.mark;
                    Arg after = param(false);
                    ts.mark = at;
                    if (ts.invalidPass) throw ts.errorAt(after.pos(), "arguments cannot follow var-keyword argument");
                } else if (n.isOp("*") || n.isOp("**") || n.isOp("/")) {
                    invalid(n, "arguments cannot follow var-keyword argument");
                }
            }
            if (!ts.atOp(end)) throw ParseFailure.INSTANCE;
        }

        private void plain() {
            if (ts.invalidPass && ts.atOp("(") && defaults.isEmpty() && !slash && !star) parenthesized();
            Arg p = param(false);
            Expr dflt = null;
            if (ts.atOp("=")) {
                Token eq = ts.next();
                if (ts.atOp(")") || ts.atOp(",")) invalid(eq, "expected default value expression");
                dflt = ex.expression();
            }
            if (star) {
                kwonly.add(p);
                kwDefaults.add(dflt);
                return;
            }
            if (dflt != null) {
                defaults.add(dflt);
                defaultsState = defaultsState == 0 || defaultsState == 1 ? 1 : -1;
            } else if (!defaults.isEmpty()) {
                if (ts.invalidPass && defaultsState > 0 && (ts.atOp(",") || ts.atOp(end))) {
                    throw ts.errorAt(p.pos(), "non-default argument follows default argument");
                }
                throw ParseFailure.INSTANCE;
            }
            args.add(p);
        }

        /** {@code '(' param_no_default+ ','? ')'}: Python 2's tuple parameters. */
        private void parenthesized() {
            int save = ts.mark;
            try {
                Token open = ts.next();
                do {
                    if (ts.atOp(")") && ts.mark > save + 1) break;
                    param(false);
                } while (ts.acceptOp(","));
                Token close = ts.expectOp(")");
                throw ts.errorRange(ts.tokenPos(save), ts.tokenPos(ts.mark - 1), def
                        ? "Function parameters cannot be parenthesized"
                        : "Lambda expression parameters cannot be parenthesized");
            } catch (ParseFailure f) {
                ts.mark = save;
            }
        }

        /** param: {@code NAME [':' expression]}; after '*' the annotation may be starred. */
        private Arg param(boolean starAnnotation) {
            int start = ts.mark;
            Token name = ts.expectIdentifier();
            Expr annotation = null;
            if (def && ts.acceptOp(":")) {
                annotation = starAnnotation ? ex.starExpression() : ex.expression();
            }
            return new Arg(ts.pos(start), name.text(), annotation);
        }

        /** In the error pass, CPython's message at {@code t}; otherwise a plain failure. */
        private void invalid(Token t, String msg) {
            if (ts.invalidPass) throw ts.errorAt(t, msg);
            throw ParseFailure.INSTANCE;
        }
    }
}
