package org.gilpy.parse;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Assignment and deletion targets. The parser reads a target as an ordinary expression
 * and converts it here: {@link #convert} re-creates it with a Store or Del context, or
 * returns null when it is not a valid target; {@link #invalidTarget} finds the
 * sub-expression to blame, as CPython's {@code _PyPegen_get_invalid_target} does, and
 * {@link #describe} names it the way CPython's error messages do.
 */
final class Targets {
    private Targets() {}

    /** Which statement the target belongs to; it changes what is valid and how errors read. */
    enum Kind { STAR, DEL, FOR }

    /**
     * The expression as a target with context {@code ctx}, or null if it is not one
     * (a Starred is accepted at any depth, as CPython's parser does; its compiler rejects
     * a lone one, see {@link StmtParser#checkNotStarred}).
     */
    static Expr convert(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.pos(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s when ctx == Ctx.STORE -> {
                Expr value = convert(s.value(), ctx);
                yield value == null ? null : new Expr.Starred(s.pos(), value, ctx);
            }
            case Expr.Tuple t -> {
                List<Expr> elts = convertAll(t.elts(), ctx);
                yield elts == null ? null : new Expr.Tuple(t.pos(), elts, ctx);
            }
            case Expr.List_ l -> {
                List<Expr> elts = convertAll(l.elts(), ctx);
                yield elts == null ? null : new Expr.List_(l.pos(), elts, ctx);
            }
            default -> null;
        };
    }

    private static List<Expr> convertAll(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            Expr c = convert(e, ctx);
            if (c == null) return null;
            out.add(c);
        }
        return out;
    }

    /** The first sub-expression that makes {@code e} an invalid target, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        return switch (e) {
            case Expr.List_ l -> firstInvalid(l.elts(), kind);
            case Expr.Tuple t -> firstInvalid(t.elts(), kind);
            case Expr.Starred s -> kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
            case Expr.Compare c -> {
                if (kind != Kind.FOR) yield e;
                // "for a in b" reads as a comparison: blame only the left side.
                yield c.ops().getFirst() == org.gilpy.ast.CmpOperator.IN ? invalidTarget(c.left(), kind) : null;
            }
            case Expr.Name n -> null;
            case Expr.Subscript s -> null;
            case Expr.Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr e : elts) {
            Expr bad = invalidTarget(e, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** "cannot assign to X" / "cannot delete X" for the blamed sub-expression, or null if none. */
    static PySyntaxError targetError(TokenStream ts, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad == null) return null;
        String verb = kind == Kind.DEL ? "cannot delete " : "cannot assign to ";
        return ts.errorAt(bad.pos(), verb + describe(bad));
    }

    /** How CPython's messages name an expression ({@code _PyPegen_get_expr_name}). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List_ l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case Boolean b -> b ? "True" : "False";
                case Expr.Singleton s -> s == Expr.Singleton.NONE ? "None" : "ellipsis";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    // ---- reading targets directly (for loops, comprehensions, with ... as)

    /**
     * The targets of a {@code for} and the {@code in} after them. {@code afterFor} is the
     * index of the token after 'for', where the error pass re-reads the targets as an
     * expression to explain a failure (CPython's invalid_for_target, which the cut after
     * 'in' rules out once 'in' is read).
     */
    static Expr forTargetsIn(ExprParser ex, int afterFor) {
        TokenStream ts = ex.ts;
        try {
            Expr target = forTargets(ex);
            ts.expectName("in");
            return target;
        } catch (ParseFailure f) {
            if (ts.invalidPass) InvalidExpr.forTarget(ex, afterFor);
            throw f;
        }
    }

    /** star_targets: comma-separated star_target, a Tuple when there is a comma. */
    static Expr forTargets(ExprParser ex) {
        TokenStream ts = ex.ts;
        {
            int start = ts.mark;
            Expr first = starTarget(ex);
            if (!ts.atOp(",")) return first;
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (ts.acceptOp(",")) {
                if (!ts.atOp("*") && !ExprParser.startsExpression(ts.peek(), false)) break;
                elts.add(starTarget(ex));
            }
            return new Expr.Tuple(ts.pos(start), elts, Ctx.STORE);
        }
    }

    /** star_target: {@code '*' star_target | target_with_star_atom}. */
    static Expr starTarget(ExprParser ex) {
        TokenStream ts = ex.ts;
        int start = ts.mark;
        if (ts.acceptOp("*")) {
            if (ts.atOp("*")) throw ParseFailure.INSTANCE;
            Expr value = starTarget(ex);
            return new Expr.Starred(ts.pos(start), value, Ctx.STORE);
        }
        Expr e = ex.primary();
        Expr target = convert(e, Ctx.STORE);
        if (target == null) throw ParseFailure.INSTANCE;
        return target;
    }
}
