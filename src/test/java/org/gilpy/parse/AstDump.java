package org.gilpy.parse;

import java.math.BigDecimal;
import java.util.List;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOperator;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Node;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.UnaryOperator;
import org.gilpy.ast.WithItem;

/**
 * A compact, position-carrying dump of a gilpy AST in the shape of CPython's
 * {@code ast.dump(tree, annotate_fields=False)}: {@code Name@1:0-1:1('x', Load)}. Nodes
 * are named as in CPython's ast module, fields come in CPython's order (minus
 * type_comment, kind, type_ignores and is_async), constants are Python reprs; nodes that
 * CPython gives positions (all but arguments, comprehension, withitem and the Mods) carry
 * {@code @line:col-endLine:endCol}. {@code regen_cases.py} prints CPython's trees the same
 * way, so expected dumps come from CPython itself.
 */
final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    static String dump(Node node) {
        AstDump d = new AstDump();
        d.node(node);
        return d.sb.toString();
    }

    private void node(Node n) {
        switch (n) {
            case Mod.Module m -> plain("Module", m.body());
            case Mod.Interactive m -> plain("Interactive", m.body());
            case Mod.Expression m -> plain("Expression", m.body());
            case Stmt s -> stmt(s);
            case Expr e -> expr(e);
            case Arguments a -> plain("arguments", a.posonly(), a.args(), a.vararg(), a.kwonly(), a.kwDefaults(),
                    a.kwarg(), a.defaults());
            case Arg a -> at("arg", a.pos(), a.name(), a.annotation());
            case Keyword k -> at("keyword", k.pos(), k.name(), k.value());
            case Alias a -> at("alias", a.pos(), a.name(), a.asname());
            case WithItem w -> plain("withitem", w.context(), w.target());
            case ExceptHandler h -> at("ExceptHandler", h.pos(), h.type(), h.name(), h.body());
            case Comprehension c -> plain("comprehension", c.target(), c.iter(), c.ifs());
        }
    }

    private void stmt(Stmt s) {
        Pos p = s.pos();
        switch (s) {
            case Stmt.FunctionDef f -> at("FunctionDef", p, f.name(), f.args(), f.body(), f.decorators(), f.returns());
            case Stmt.ClassDef c -> at("ClassDef", p, c.name(), c.bases(), c.keywords(), c.body(), c.decorators());
            case Stmt.Return r -> at("Return", p, r.value());
            case Stmt.Delete d -> at("Delete", p, d.targets());
            case Stmt.Assign a -> at("Assign", p, a.targets(), a.value());
            case Stmt.AugAssign a -> at("AugAssign", p, a.target(), a.op(), a.value());
            case Stmt.AnnAssign a -> at("AnnAssign", p, a.target(), a.annotation(), a.value(), a.simple() ? 1 : 0);
            case Stmt.For f -> at("For", p, f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.While w -> at("While", p, w.test(), w.body(), w.orelse());
            case Stmt.If i -> at("If", p, i.test(), i.body(), i.orelse());
            case Stmt.With w -> at("With", p, w.items(), w.body());
            case Stmt.Raise r -> at("Raise", p, r.exc(), r.cause());
            case Stmt.Try t -> at("Try", p, t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> at("Assert", p, a.test(), a.msg());
            case Stmt.Import i -> at("Import", p, i.names());
            case Stmt.ImportFrom i -> at("ImportFrom", p, i.module(), i.names(), i.level());
            case Stmt.Global g -> at("Global", p, g.names());
            case Stmt.Nonlocal n -> at("Nonlocal", p, n.names());
            case Stmt.ExprStmt e -> at("Expr", p, e.value());
            case Stmt.Pass x -> at("Pass", p);
            case Stmt.Break x -> at("Break", p);
            case Stmt.Continue x -> at("Continue", p);
            case Stmt.Print x -> at("Print", p, x.dest(), x.values(), x.newline() ? 1 : 0);
        }
    }

    private void expr(Expr e) {
        Pos p = e.pos();
        switch (e) {
            case Expr.BoolOp b -> at("BoolOp", p, b.op(), b.values());
            case Expr.NamedExpr n -> at("NamedExpr", p, n.target(), n.value());
            case Expr.BinOp b -> at("BinOp", p, b.left(), b.op(), b.right());
            case Expr.UnaryOp u -> at("UnaryOp", p, u.op(), u.operand());
            case Expr.Lambda l -> at("Lambda", p, l.args(), l.body());
            case Expr.IfExp i -> at("IfExp", p, i.test(), i.body(), i.orelse());
            case Expr.Dict d -> at("Dict", p, d.keys(), d.values());
            case Expr.Set s -> at("Set", p, s.elts());
            case Expr.ListComp l -> at("ListComp", p, l.elt(), l.generators());
            case Expr.SetComp s -> at("SetComp", p, s.elt(), s.generators());
            case Expr.DictComp d -> at("DictComp", p, d.key(), d.value(), d.generators());
            case Expr.GeneratorExp g -> at("GeneratorExp", p, g.elt(), g.generators());
            case Expr.Yield y -> at("Yield", p, y.value());
            case Expr.YieldFrom y -> at("YieldFrom", p, y.value());
            case Expr.Compare c -> at("Compare", p, c.left(), c.ops(), c.comparators());
            case Expr.Call c -> at("Call", p, c.func(), c.args(), c.keywords());
            case Expr.FormattedValue f -> at("FormattedValue", p, f.value(), f.conversion(), f.formatSpec());
            case Expr.JoinedStr j -> at("JoinedStr", p, j.values());
            case Expr.Constant c -> {
                head("Constant", p);
                sb.append(PyRepr.of(c.value())).append(')');
            }
            case Expr.Attribute a -> at("Attribute", p, a.value(), a.attr(), a.ctx());
            case Expr.Subscript s -> at("Subscript", p, s.value(), s.slice(), s.ctx());
            case Expr.Starred s -> at("Starred", p, s.value(), s.ctx());
            case Expr.Name n -> at("Name", p, n.id(), n.ctx());
            case Expr.List_ l -> at("List", p, l.elts(), l.ctx());
            case Expr.Tuple t -> at("Tuple", p, t.elts(), t.ctx());
            case Expr.Slice s -> at("Slice", p, s.lower(), s.upper(), s.step());
        }
    }

    private void head(String name, Pos p) {
        sb.append(name);
        if (p != null) {
            sb.append('@').append(p.line()).append(':').append(p.col()).append('-')
                    .append(p.endLine()).append(':').append(p.endCol());
        }
        sb.append('(');
    }

    private void at(String name, Pos p, Object... fields) {
        head(name, p);
        fields(fields);
    }

    private void plain(String name, Object... fields) {
        head(name, null);
        fields(fields);
    }

    private void fields(Object[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(", ");
            value(fields[i]);
        }
        sb.append(')');
    }

    private void value(Object v) {
        switch (v) {
            case null -> sb.append("None");
            case Node n -> node(n);
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(", ");
                    value(l.get(i));
                }
                sb.append(']');
            }
            case String s -> sb.append(PyRepr.str(s));
            case Integer i -> sb.append(i);
            case Ctx c -> sb.append(switch (c) {
                case LOAD -> "Load";
                case STORE -> "Store";
                case DEL -> "Del";
            });
            case Operator o -> sb.append(switch (o) {
                case ADD -> "Add";
                case SUB -> "Sub";
                case MULT -> "Mult";
                case MATMULT -> "MatMult";
                case DIV -> "Div";
                case MOD -> "Mod";
                case POW -> "Pow";
                case LSHIFT -> "LShift";
                case RSHIFT -> "RShift";
                case BITOR -> "BitOr";
                case BITXOR -> "BitXor";
                case BITAND -> "BitAnd";
                case FLOORDIV -> "FloorDiv";
            });
            case UnaryOperator o -> sb.append(switch (o) {
                case INVERT -> "Invert";
                case NOT -> "Not";
                case UADD -> "UAdd";
                case USUB -> "USub";
            });
            case BoolOperator o -> sb.append(o == BoolOperator.AND ? "And" : "Or");
            case CmpOperator o -> sb.append(switch (o) {
                case EQ -> "Eq";
                case NOT_EQ -> "NotEq";
                case LT -> "Lt";
                case LT_E -> "LtE";
                case GT -> "Gt";
                case GT_E -> "GtE";
                case IS -> "Is";
                case IS_NOT -> "IsNot";
                case IN -> "In";
                case NOT_IN -> "NotIn";
            });
            default -> throw new IllegalArgumentException("cannot dump " + v.getClass());
        }
    }

    /** Python's repr() of the constant values the AST can hold. */
    static final class PyRepr {
        private PyRepr() {}

        static String of(Object v) {
            return switch (v) {
                case String s -> str(s);
                case Long l -> l.toString();
                case java.math.BigInteger b -> b.toString();
                case Double d -> floatRepr(d, true);
                case Expr.Imaginary i -> floatRepr(i.imag(), false) + "j";
                case Boolean b -> b ? "True" : "False";
                case Expr.Bytes b -> bytes(b.value());
                case Expr.Singleton s -> s == Expr.Singleton.NONE ? "None" : "Ellipsis";
                default -> throw new IllegalArgumentException("no repr for " + v.getClass());
            };
        }

        static String str(String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(quote);
            s.codePoints().forEach(c -> {
                if (c == quote || c == '\\') {
                    sb.append('\\').appendCodePoint(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (!Tokenizer.isPrintable(c)) {
                    sb.append(c < 0x100 ? String.format("\\x%02x", c)
                            : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                } else {
                    sb.appendCodePoint(c);
                }
            });
            return sb.append(quote).toString();
        }

        static String bytes(byte[] b) {
            boolean single = false, dbl = false;
            for (byte x : b) {
                if (x == '\'') single = true;
                if (x == '"') dbl = true;
            }
            char quote = single && !dbl ? '"' : '\'';
            StringBuilder sb = new StringBuilder("b").append(quote);
            for (byte x : b) {
                int c = x & 0xFF;
                if (c == quote || c == '\\') sb.append('\\').append((char) c);
                else if (c == '\n') sb.append("\\n");
                else if (c == '\r') sb.append("\\r");
                else if (c == '\t') sb.append("\\t");
                else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
                else sb.append((char) c);
            }
            return sb.append(quote).toString();
        }

        /** repr(float), or with {@code dotZero} false the form complex's repr uses (no ".0"). */
        static String floatRepr(double d, boolean dotZero) {
            if (Double.isNaN(d)) return "nan";
            if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
            if (d == 0) return (1 / d < 0 ? "-0" : "0") + (dotZero ? ".0" : "");
            BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
            String digits = bd.unscaledValue().toString();
            int exp = digits.length() - 1 - bd.scale();
            String sign = d < 0 ? "-" : "";
            if (exp < -4 || exp >= 16) {
                String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            }
            String text;
            if (exp < 0) {
                text = "0." + "0".repeat(-exp - 1) + digits;
            } else if (digits.length() <= exp + 1) {
                text = digits + "0".repeat(exp + 1 - digits.length()) + (dotZero ? ".0" : "");
            } else {
                text = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
            }
            return sign + text;
        }
    }
}
