package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * The bracketed expression forms: parenthesized groups, tuples and generator expressions,
 * list/set/dict displays and their comprehensions, call arguments and subscripts. Each
 * method starts at its opening bracket and ends after the closing one.
 *
 * <p>A form that CPython's grammar rejects is a {@link ParseFailure}; in the error pass the
 * matching invalid_ rules of {@link InvalidExpr} and {@link InvalidArgs} get the chance to
 * explain it first.
 */
final class Displays {
    private final ExprParser ex;
    private final TokenStream ts;

    Displays(ExprParser ex) {
        this.ex = ex;
        this.ts = ex.ts;
    }

    /** tuple | group | genexp. */
    Expr parenthesized() {
        int start = ts.mark;
        ts.expectOp("(");
        if (ts.acceptOp(")")) return new Expr.Tuple(ts.pos(start), List.of(), Ctx.LOAD);
        if (ts.atName("yield")) {
            Expr y = ex.yieldExpr();
            ts.expectOp(")");
            return y;
        }
        if (ts.invalidPass) {
            InvalidExpr.group(ex);
            InvalidExpr.comprehension(ex, true);
        }
        Expr first = ex.starNamedExpression();
        if (atFor()) {
            if (first instanceof Expr.Starred) throw ParseFailure.INSTANCE;
            List<Comprehension> gens = forIfClauses();
            ts.expectOp(")");
            return new Expr.GeneratorExp(ts.pos(start), first, gens);
        }
        if (ts.atOp(",")) {
            List<Expr> elts = elements(first, ")");
            ts.expectOp(")");
            return new Expr.Tuple(ts.pos(start), elts, Ctx.LOAD);
        }
        ts.expectOp(")");
        if (first instanceof Expr.Starred) throw ParseFailure.INSTANCE;
        return first;
    }

    /** list | listcomp. */
    Expr list() {
        int start = ts.mark;
        ts.expectOp("[");
        if (ts.acceptOp("]")) return new Expr.List_(ts.pos(start), List.of(), Ctx.LOAD);
        if (ts.invalidPass) InvalidExpr.comprehension(ex, false);
        Expr first = ex.starNamedExpression();
        if (atFor()) {
            if (first instanceof Expr.Starred) throw ParseFailure.INSTANCE;
            List<Comprehension> gens = forIfClauses();
            ts.expectOp("]");
            return new Expr.ListComp(ts.pos(start), first, gens);
        }
        List<Expr> elts = elements(first, "]");
        ts.expectOp("]");
        return new Expr.List_(ts.pos(start), elts, Ctx.LOAD);
    }

    /** The rest of a comma-separated star_named_expressions after {@code first}, up to {@code close}. */
    private List<Expr> elements(Expr first, String close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp(close)) break;
            elts.add(ex.starNamedExpression());
        }
        return elts;
    }

    /** dict | set | dictcomp | setcomp. */
    Expr braces() {
        int start = ts.mark;
        ts.expectOp("{");
        if (ts.acceptOp("}")) return new Expr.Dict(ts.pos(start), List.of(), List.of());
        if (ts.invalidPass) {
            InvalidExpr.dict(ex);
            InvalidExpr.comprehension(ex, false);
        }
        if (ts.atOp("**")) {
            ts.next();
            return dict(start, null, ex.bitwiseOr());
        }
        Expr first = ex.starNamedExpression();
        boolean walrus = ts.at(start + 2).isOp(":=");
        if (ts.atOp(":") && !(first instanceof Expr.Starred) && !(first instanceof Expr.NamedExpr && walrus)) {
            ts.next();
            Expr value = ex.expression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                ts.expectOp("}");
                return new Expr.DictComp(ts.pos(start), first, value, gens);
            }
            return dict(start, first, value);
        }
        if (atFor()) {
            if (first instanceof Expr.Starred) throw ParseFailure.INSTANCE;
            List<Comprehension> gens = forIfClauses();
            ts.expectOp("}");
            return new Expr.SetComp(ts.pos(start), first, gens);
        }
        List<Expr> elts = elements(first, "}");
        ts.expectOp("}");
        return new Expr.Set(ts.pos(start), elts);
    }

    private Expr dict(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        while (ts.acceptOp(",")) {
            if (ts.atOp("}")) break;
            if (ts.acceptOp("**")) {
                keys.add(null);
                values.add(ex.bitwiseOr());
            } else {
                keys.add(ex.expression());
                ts.expectOp(":");
                values.add(ex.expression());
            }
        }
        ts.expectOp("}");
        return new Expr.Dict(ts.pos(start), keys, values);
    }

    private boolean atFor() {
        return ts.atName("for") || (ts.atName("async") && ts.peek(1).isName("for"));
    }

    /** for_if_clauses: one or more {@code for targets in disjunction [if disjunction]...}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atFor()) {
            Token t = ts.peek();
            if (t.isName("async")) throw ts.errorAt(t, Parser.ASYNC_UNSUPPORTED);
            int start = ts.mark;
            ts.next();
            Expr target = Targets.forTargetsIn(ex, start + 1);
            Expr iter = ex.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.acceptName("if")) ifs.add(ex.disjunction());
            gens.add(new Comprehension(ts.pos(start), target, iter, ifs));
        }
        return gens;
    }

    // ---- calls

    /** A call's argument list; {@code start} is where the called primary began. */
    Expr call(int start, Expr func) {
        return arguments(start, func, true);
    }

    /** The parenthesized bases and keywords of a class, as a Call without a function. */
    Expr classArguments(int start) {
        return arguments(start, null, false);
    }

    private Expr arguments(int start, Expr func, boolean genexpAllowed) {
        int open = ts.mark;
        try {
            return argumentList(start, func, genexpAllowed);
        } catch (ParseFailure f) {
            if (ts.invalidPass) InvalidArgs.arguments(ex, open);
            throw f;
        }
    }

    private Expr argumentList(int start, Expr func, boolean genexpAllowed) {
        int open = ts.mark;
        ts.expectOp("(");
        if (ts.invalidPass && genexpAllowed) InvalidExpr.comprehension(ex, true);
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false, sawDoubleStar = false;
        while (!ts.atOp(")")) {
            Token t = ts.peek();
            int argStart = ts.mark;
            if (t.isOp("*")) {
                if (sawDoubleStar) throw ParseFailure.INSTANCE;
                ts.next();
                Expr value = ex.expression();
                args.add(new Expr.Starred(ts.pos(argStart), value, Ctx.LOAD));
            } else if (t.isOp("**")) {
                ts.next();
                Expr value = ex.expression();
                keywords.add(new Keyword(ts.pos(argStart), null, value));
                sawDoubleStar = true;
            } else if (t.isIdentifier() && ts.peek(1).isOp("=")) {
                ts.next();
                ts.next();
                Expr value = ex.expression();
                keywords.add(new Keyword(ts.pos(argStart), t.text(), value));
                sawKeyword = true;
            } else {
                Expr e = t.isIdentifier() && ts.peek(1).isOp(":=") ? ex.assignmentExpression() : ex.expression();
                if (ts.atOp(":=") || ts.atOp("=")) throw ParseFailure.INSTANCE;
                if (atFor()) {
                    if (!genexpAllowed || !args.isEmpty() || !keywords.isEmpty()) throw ParseFailure.INSTANCE;
                    List<Comprehension> gens = forIfClauses();
                    ts.expectOp(")");
                    Expr genexp = new Expr.GeneratorExp(ts.pos(open), e, gens);
                    return new Expr.Call(ts.pos(start), func, List.of(genexp), List.of());
                }
                if (sawKeyword || sawDoubleStar) throw ParseFailure.INSTANCE;
                args.add(e);
            }
            if (!ts.acceptOp(",")) break;
        }
        ts.expectOp(")");
        return new Expr.Call(ts.pos(start), func, args, keywords);
    }

    // ---- subscripts

    Expr subscript(int start, Expr value) {
        ts.expectOp("[");
        Expr slice = slices();
        ts.expectOp("]");
        return new Expr.Subscript(ts.pos(start), value, slice, Ctx.LOAD);
    }

    /** slices: one slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        int start = ts.mark;
        Expr first = slice();
        if (!ts.atOp(",") && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp("]")) break;
            elts.add(slice());
        }
        return new Expr.Tuple(ts.pos(start), elts, Ctx.LOAD);
    }

    /** slice: {@code [expression] ':' [expression] [':' [expression]] | named_expression}, or a starred expression. */
    private Expr slice() {
        int start = ts.mark;
        if (ts.acceptOp("*")) {
            Expr value = ex.expression();
            return new Expr.Starred(ts.pos(start), value, Ctx.LOAD);
        }
        Expr lower = null;
        if (!ts.atOp(":")) {
            Token t = ts.peek();
            if (t.isIdentifier() && ts.peek(1).isOp(":=")) return ex.assignmentExpression();
            lower = ex.expression();
            if (!ts.atOp(":")) {
                if (ts.atOp(":=")) throw ParseFailure.INSTANCE;
                if (!ts.invalidPass) return lower;
                // CPython reads this alternative as a named_expression, with its invalid_ rules.
                ts.mark = start;
                return ex.namedExpression();
            }
        }
        ts.expectOp(":");
        Expr upper = ExprParser.startsExpression(ts.peek(), false) ? ex.expression() : null;
        Expr step = null;
        if (ts.acceptOp(":")) step = ExprParser.startsExpression(ts.peek(), false) ? ex.expression() : null;
        return new Expr.Slice(ts.pos(start), lower, upper, step);
    }
}
