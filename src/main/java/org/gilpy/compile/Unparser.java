package org.gilpy.compile;

import java.math.BigInteger;
import java.util.List;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Operator;

/**
 * Turns an expression back into source text, as CPython does for the annotations of a
 * module that has {@code from __future__ import annotations} (PEP 563): the text is what
 * {@code __annotations__} then holds. Parentheses are added only where precedence needs
 * them; strings are shown by their repr.
 */
final class Unparser {
    // Precedence levels, loosest first (CPython's grammar order).
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6,
            BOR = 6, BXOR = 7, BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12,
            POWER = 13, ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {}

    /** The source text of {@code e}. */
    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.Constant c -> constant(c.value());
            case Expr.Name n -> out.append(n.id());
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                if (a.value() instanceof Expr.Constant c && (c.value() instanceof Long || c.value() instanceof BigInteger)) {
                    out.append(' ');
                }
                out.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    items(t.elts());
                    if (t.elts().size() == 1) out.append(',');
                } else {
                    expr(s.slice(), TUPLE);
                }
                out.append(']');
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower(), TEST);
                out.append(':');
                if (s.upper() != null) expr(s.upper(), TEST);
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Expr.Tuple t -> {
                boolean parens = level > TUPLE || t.elts().isEmpty();
                if (parens) out.append('(');
                items(t.elts());
                if (t.elts().size() == 1) out.append(',');
                if (parens) out.append(')');
            }
            case Expr.List_ l -> {
                out.append('[');
                items(l.elts());
                out.append(']');
            }
            case Expr.Set s -> {
                out.append('{');
                items(s.elts());
                out.append('}');
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) out.append(", ");
                    if (d.keys().get(i) == null) {
                        out.append("**");
                        expr(d.values().get(i), EXPR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        out.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                out.append('}');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), EXPR);
            }
            case Expr.BinOp b -> binOp(b, level);
            case Expr.UnaryOp u -> {
                int own = u.op() == org.gilpy.ast.UnaryOperator.NOT ? NOT : FACTOR;
                open(level, own);
                out.append(switch (u.op()) {
                    case NOT -> "not ";
                    case INVERT -> "~";
                    case UADD -> "+";
                    case USUB -> "-";
                });
                expr(u.operand(), own);
                close(level, own);
            }
            case Expr.BoolOp b -> {
                int own = b.op() == BoolOperator.AND ? AND : OR;
                open(level, own);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) out.append(b.op() == BoolOperator.AND ? " and " : " or ");
                    expr(b.values().get(i), own + 1);
                }
                close(level, own);
            }
            case Expr.Compare c -> {
                open(level, CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(' ').append(c.ops().get(i).symbol).append(' ');
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level, CMP);
            }
            case Expr.IfExp i -> {
                open(level, TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level, TEST);
            }
            case Expr.NamedExpr n -> {
                open(level, TEST + 1);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level, TEST + 1);
            }
            case Expr.Call c -> {
                expr(c.func(), ATOM);
                out.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) out.append(", ");
                    first = false;
                    expr(a, TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) out.append(", ");
                    first = false;
                    if (k.name() == null) {
                        out.append("**");
                        expr(k.value(), EXPR);
                    } else {
                        out.append(k.name()).append('=');
                        expr(k.value(), TEST);
                    }
                }
                out.append(')');
            }
            case Expr.Lambda l -> {
                open(level, TEST);
                out.append("lambda");
                String params = arguments(l.args());
                if (!params.isEmpty()) out.append(' ').append(params);
                out.append(": ");
                expr(l.body(), TEST);
                close(level, TEST);
            }
            case Expr.ListComp c -> comprehension('[', c.elt(), null, c.generators(), ']');
            case Expr.SetComp c -> comprehension('{', c.elt(), null, c.generators(), '}');
            case Expr.DictComp c -> comprehension('{', c.key(), c.value(), c.generators(), '}');
            case Expr.GeneratorExp c -> comprehension('(', c.elt(), null, c.generators(), ')');
            case Expr.Yield y -> {
                out.append("(yield");
                if (y.value() != null) {
                    out.append(' ');
                    expr(y.value(), TUPLE);
                }
                out.append(')');
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Expr.JoinedStr j -> joined(j);
            case Expr.FormattedValue f -> joined(new Expr.JoinedStr(f.pos(), List.of(f)));
        }
    }

    private void open(int level, int own) {
        if (level > own) out.append('(');
    }

    private void close(int level, int own) {
        if (level > own) out.append(')');
    }

    private void items(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(elts.get(i), TEST);
        }
    }

    private void binOp(Expr.BinOp b, int level) {
        int own = switch (b.op()) {
            case BITOR -> BOR;
            case BITXOR -> BXOR;
            case BITAND -> BAND;
            case LSHIFT, RSHIFT -> SHIFT;
            case ADD, SUB -> ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
            case POW -> POWER;
        };
        boolean rightAssoc = b.op() == Operator.POW;
        open(level, own);
        expr(b.left(), rightAssoc ? own + 1 : own);
        out.append(' ').append(b.op().symbol).append(' ');
        expr(b.right(), rightAssoc ? own : own + 1);
        close(level, own);
    }

    private void comprehension(char open, Expr elt, Expr value, List<Comprehension> gens, char close) {
        out.append(open);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension c : gens) {
            out.append(" for ");
            expr(c.target(), TUPLE);
            out.append(" in ");
            expr(c.iter(), TEST + 1);
            for (Expr cond : c.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(close);
    }

    private String arguments(Arguments a) {
        Unparser u = new Unparser();
        StringBuilder b = u.out;
        int nDefaults = a.defaults().size();
        int positional = a.posonly().size() + a.args().size();
        int i = 0;
        for (Arg p : concat(a.posonly(), a.args())) {
            if (b.length() > 0) b.append(", ");
            b.append(p.name());
            int d = i - (positional - nDefaults);
            if (d >= 0) {
                b.append('=');
                u.expr(a.defaults().get(d), TEST);
            }
            i++;
            if (i == a.posonly().size() && !a.posonly().isEmpty()) b.append(", /");
        }
        if (a.vararg() != null || !a.kwonly().isEmpty()) {
            if (b.length() > 0) b.append(", ");
            b.append('*');
            if (a.vararg() != null) b.append(a.vararg().name());
        }
        for (int k = 0; k < a.kwonly().size(); k++) {
            b.append(", ").append(a.kwonly().get(k).name());
            Expr d = a.kwDefaults().get(k);
            if (d != null) {
                b.append('=');
                u.expr(d, TEST);
            }
        }
        if (a.kwarg() != null) {
            if (b.length() > 0) b.append(", ");
            b.append("**").append(a.kwarg().name());
        }
        return b.toString();
    }

    private static List<Arg> concat(List<Arg> x, List<Arg> y) {
        List<Arg> all = new java.util.ArrayList<>(x);
        all.addAll(y);
        return all;
    }

    private void joined(Expr.JoinedStr j) {
        StringBuilder body = new StringBuilder();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (part instanceof Expr.FormattedValue f) {
                String inner = unparse(f.value());
                body.append('{').append(inner.startsWith("{") ? " " + inner : inner);
                if (f.conversion() >= 0) body.append('!').append((char) f.conversion());
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    String s = unparse(spec);
                    body.append(':').append(s, 2, s.length() - 1);
                }
                body.append('}');
            }
        }
        out.append('f').append(strRepr(body.toString()));
    }

    private void constant(Object v) {
        switch (v) {
            case String s -> out.append(strRepr(s));
            case Boolean b -> out.append(b ? "True" : "False");
            case Long l -> out.append(l);
            case BigInteger i -> out.append(i);
            case Double d -> out.append(floatRepr(d));
            case Expr.Imaginary im -> out.append(floatRepr(im.imag())).append('j');
            case Expr.Bytes b -> out.append(bytesRepr(b.value()));
            case Expr.Singleton s -> out.append(s == Expr.Singleton.NONE ? "None" : "...");
            default -> out.append(v);
        }
    }

    private static String floatRepr(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "1e309" : "-1e309";
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return (long) d + ".0";
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) return s;
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        int exp = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** Python's repr of a str: single quotes unless the text has one and no double quote. */
    static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.getType(c) == Character.SURROGATE) {
                b.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c));
            } else b.appendCodePoint(c);
        });
        return b.append(q).toString();
    }

    private static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : bytes) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }
}
