package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Expr;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * The error-pass rules for call arguments: invalid_kwarg and invalid_arguments of
 * CPython 3.11 (tag: invalid_rule). To apply them as CPython does, this class re-reads
 * an argument list with CPython's own "args"/"kwargs" rules (gathers that stop, without
 * failing, at the first item that does not fit), which differ from how
 * {@link Displays#call} reads a valid list.
 */
final class InvalidArgs {
    private final ExprParser ex;
    private final TokenStream ts;

    private InvalidArgs(ExprParser ex) {
        this.ex = ex;
        this.ts = ex.ts;
    }

    /**
     * What CPython's args rule read: its positional arguments, whether it read a keyword
     * section (kwargs), and whether a '**' was among them.
     */
    private record Args(List<Expr> positional, boolean kwargs, boolean doubleStar) {}

    /** Runs the invalid_arguments rules for the call whose '(' is token {@code open}. */
    static void arguments(ExprParser ex, int open) {
        new InvalidArgs(ex).run(open);
    }

    private void run(int open) {
        int save = ts.mark;
        int first = open + 1;
        try {
            ts.mark = first;
            args();
            // ((positional+ ',' kwargs) | kwargs) ',' '*'
            ts.mark = first;
            Args k = args();
            boolean withKwargs = k != null && k.kwargs;
            if (!withKwargs) {
                ts.mark = first;
                withKwargs = kwargs(new ArrayList<>()) >= 0;
            }
            if (withKwargs && ts.acceptOp(",") && ts.atOp("*")) {
                throw ts.errorAt(ts.peek(), "iterable argument unpacking follows keyword argument unpacking");
            }
            ts.mark = first;
            attempt(() -> {
                Expr a = ex.expression();
                if (!InvalidExpr.atFor(ts)) return;
                List<Comprehension> gens = ex.displays.forIfClauses();
                if (ts.atOp(",")) throw ts.errorRange(a.pos(), InvalidExpr.lastItem(gens), "Generator expression must be parenthesized");
            });
            ts.mark = first;
            if (ts.peek().kind() == Token.Kind.NAME && !ts.peek().isKeyword() && ts.peek(1).isOp("=")) {
                attempt(() -> {
                    ts.next();
                    ts.next();
                    ex.expression();
                    if (!InvalidExpr.atFor(ts)) return;
                    ex.displays.forIfClauses();
                    throw ts.errorRange(ts.tokenPos(first), ts.tokenPos(first + 1), MAYBE_EQUALS);
                });
            }
            ts.mark = first;
            Args a = args();
            if (a != null && InvalidExpr.atFor(ts)) {
                attempt(() -> {
                    List<Comprehension> gens = ex.displays.forIfClauses();
                    if (a.positional.size() > 1) {
                        throw ts.errorRange(a.positional.getLast().pos(), InvalidExpr.lastItem(gens),
                                "Generator expression must be parenthesized");
                    }
                });
            }
            ts.mark = first;
            if (args() != null && ts.acceptOp(",")) {
                attempt(() -> {
                    Expr e = ex.expression();
                    if (!InvalidExpr.atFor(ts)) return;
                    List<Comprehension> gens = ex.displays.forIfClauses();
                    throw ts.errorRange(e.pos(), InvalidExpr.lastItem(gens), "Generator expression must be parenthesized");
                });
            }
            ts.mark = first;
            Args a2 = args();
            if (a2 != null && ts.acceptOp(",") && args() != null) {
                throw ts.error(a2.doubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
        } finally {
            ts.mark = save;
        }
    }

    private static final String MAYBE_EQUALS = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

    private void attempt(Runnable body) {
        int save = ts.mark;
        try {
            body.run();
        } catch (ParseFailure f) {
            // this alternative does not apply
        }
        ts.mark = save;
    }

    // ---- CPython's args / kwargs rules

    /** args: positional items then optional kwargs, or kwargs alone; null (cursor back) if neither. */
    private Args args() {
        int start = ts.mark;
        List<Expr> positional = new ArrayList<>();
        Expr item = positional();
        if (item != null) {
            positional.add(item);
            while (true) {
                int beforeComma = ts.mark;
                if (!ts.acceptOp(",")) break;
                Expr next = positional();
                if (next == null) {
                    ts.mark = beforeComma;
                    break;
                }
                positional.add(next);
            }
            int beforeComma = ts.mark;
            boolean doubleStar = false, kwargs = false;
            if (ts.acceptOp(",")) {
                int kw = kwargs(positional);
                if (kw < 0) {
                    ts.mark = beforeComma;
                } else {
                    kwargs = true;
                    doubleStar = kw > 0;
                }
            }
            return new Args(positional, kwargs, doubleStar);
        }
        ts.mark = start;
        int kw = kwargs(positional);
        if (kw < 0) {
            ts.mark = start;
            return null;
        }
        return new Args(positional, true, kw > 0);
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=', or null. */
    private Expr positional() {
        int start = ts.mark;
        try {
            Expr e;
            if (ts.acceptOp("*")) {
                ex.expression();
                e = new Expr.Starred(ts.pos(start), null, org.gilpy.ast.Ctx.LOAD);
            } else if (ts.peek().isIdentifier() && ts.peek(1).isOp(":=")) {
                e = ex.assignmentExpression();
            } else {
                e = ex.expression();
                if (ts.atOp(":=")) throw ParseFailure.INSTANCE;
            }
            if (ts.atOp("=")) throw ParseFailure.INSTANCE;
            return e;
        } catch (ParseFailure f) {
            ts.mark = start;
            return null;
        }
    }

    /**
     * kwargs: keyword-or-starred items, then keyword-or-double-starred items. Starred items
     * join {@code positional}. Returns -1 if nothing matched, else 1 if a '**' was read, 0 if not.
     */
    private int kwargs(List<Expr> positional) {
        int count = 0;
        boolean doubleStar = false;
        boolean allowStar = true;
        while (true) {
            int beforeComma = ts.mark;
            if (count > 0 && !ts.acceptOp(",")) break;
            int kind = kwarg(allowStar, positional);
            if (kind < 0) {
                ts.mark = beforeComma;
                break;
            }
            if (kind == 2) {
                doubleStar = true;
                allowStar = false;
            }
            count++;
        }
        if (count == 0) return -1;
        return doubleStar ? 1 : 0;
    }

    /** One kwarg_or_starred / kwarg_or_double_starred: 0 keyword, 1 starred, 2 double-starred, -1 none. */
    private int kwarg(boolean allowStar, List<Expr> positional) {
        int start = ts.mark;
        invalidKwarg();
        try {
            Token t = ts.peek();
            if (t.kind() == Token.Kind.NAME && !t.isKeyword() && ts.peek(1).isOp("=")) {
                ts.next();
                ts.next();
                ex.expression();
                return 0;
            }
            if (allowStar && ts.acceptOp("*")) {
                ex.expression();
                positional.add(new Expr.Starred(ts.pos(start), null, org.gilpy.ast.Ctx.LOAD));
                return 1;
            }
            if (ts.acceptOp("**")) {
                ex.expression();
                return 2;
            }
        } catch (ParseFailure f) {
            // fall through
        }
        ts.mark = start;
        return -1;
    }

    /** invalid_kwarg, tried at each keyword-argument position. */
    private void invalidKwarg() {
        int start = ts.mark;
        Token t = ts.peek();
        if ((t.isName("True") || t.isName("False") || t.isName("None")) && ts.peek(1).isOp("=")) {
            throw ts.errorRange(ts.tokenPos(start), ts.tokenPos(start + 1), "cannot assign to " + t.text());
        }
        if (t.kind() == Token.Kind.NAME && !t.isKeyword() && ts.peek(1).isOp("=")) {
            attempt(() -> {
                ts.next();
                ts.next();
                ex.expression();
                if (!InvalidExpr.atFor(ts)) return;
                ex.displays.forIfClauses();
                throw ts.errorRange(ts.tokenPos(start), ts.tokenPos(start + 1), MAYBE_EQUALS);
            });
            return;
        }
        attempt(() -> {
            Expr a = ex.expression();
            if (ts.atOp("=")) {
                throw ts.errorRange(a.pos(), ts.tokenPos(ts.mark),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
        });
    }
}
