package org.gilpy.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOperator;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pos;
import org.gilpy.ast.UnaryOperator;
import org.gilpy.parse.TokenStream.ParseFailure;

/**
 * Expressions, from {@code star_expressions} down to atoms, following the rules of
 * CPython 3.11's grammar (rule names are quoted in comments); brackets, comprehensions,
 * calls and subscripts are in {@link Displays}, parameter lists in {@link Params}.
 *
 * <p>Every method parses at {@code ts.mark} and either returns a node with the cursor
 * after it, or throws {@link ParseFailure} (or a {@link PySyntaxError}). In the error pass
 * ({@code ts.invalidPass}) the methods also run CPython's "invalid_" rules, which re-parse
 * speculatively; results of the re-parsed rules are memoized in that pass so that deep
 * nesting stays linear.
 */
final class ExprParser {
    final TokenStream ts;
    final Displays displays;
    final Params params;
    final Strings strings;

    private static final int MEMO_EXPRESSION = 0, MEMO_DISJUNCTION = 1, MEMO_BITWISE_OR = 2;
    private final Map<Long, Object[]> memo = new HashMap<>();

    ExprParser(TokenStream ts) {
        this.ts = ts;
        this.displays = new Displays(this);
        this.params = new Params(this);
        this.strings = new Strings(ts);
    }

    // ---- entry rules

    /** star_expressions: {@code a, *b, c} builds an unparenthesized Tuple. */
    Expr starExpressions() {
        int start = ts.mark;
        Expr first = starExpression();
        if (!ts.atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            int item = ts.mark;
            try {
                elts.add(starExpression());
            } catch (ParseFailure f) {
                ts.mark = item;   // a trailing comma
                break;
            }
        }
        return new Expr.Tuple(ts.pos(start), elts, Ctx.LOAD);
    }

    /** star_expression: {@code '*' bitwise_or | expression}. */
    Expr starExpression() {
        if (ts.atOp("*")) return starred();
        return expression();
    }

    /** star_named_expression: {@code '*' bitwise_or | named_expression}. */
    Expr starNamedExpression() {
        if (ts.atOp("*")) return starred();
        return namedExpression();
    }

    private Expr starred() {
        int start = ts.mark;
        ts.expectOp("*");
        Expr value = bitwiseOr();
        return new Expr.Starred(ts.pos(start), value, Ctx.LOAD);
    }

    /** yield_expr or star_expressions, as on the right of '=' and in several statements. */
    Expr yieldOrStarExpressions() {
        return ts.atName("yield") ? yieldExpr() : starExpressions();
    }

    /** yield_expr: {@code 'yield' 'from' expression | 'yield' [star_expressions]}. */
    Expr yieldExpr() {
        int start = ts.mark;
        ts.expectName("yield");
        if (ts.acceptName("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(ts.pos(start), value);
        }
        Expr value = startsExpression(ts.peek(), true) ? starExpressions() : null;
        return new Expr.Yield(ts.pos(start), value);
    }

    /** named_expression: {@code NAME ':=' expression | expression !':='}. */
    Expr namedExpression() {
        Token t = ts.peek();
        if (t.isIdentifier() && ts.peek(1).isOp(":=")) return assignmentExpression();
        if (ts.invalidPass) InvalidExpr.namedExpression(this);
        Expr e = expression();
        if (ts.atOp(":=")) throw ParseFailure.INSTANCE;
        return e;
    }

    /** assignment_expression: {@code NAME ':=' ~ expression}; the caller checked the first two tokens. */
    Expr assignmentExpression() {
        int start = ts.mark;
        Token name = ts.next();
        ts.next();
        Expr value = expression();
        Expr target = new Expr.Name(ts.tokenPos(start), name.text(), Ctx.STORE);
        return new Expr.NamedExpr(ts.pos(start), target, value);
    }

    /** expression: a conditional expression, a lambda, or a disjunction. */
    Expr expression() {
        if (ts.invalidPass) return memoized(MEMO_EXPRESSION, this::expressionRule);
        return expressionRule();
    }

    private Expr expressionRule() {
        ts.enter();
        try {
            int start = ts.mark;
            if (ts.atName("lambda")) return lambdef();
            Expr body = disjunction();
            if (ts.invalidPass) InvalidExpr.expression(this, start, body);
            if (!ts.atName("if")) return body;
            int ifAt = ts.mark;
            try {
                ts.next();
                Expr test = disjunction();
                ts.expectName("else");
                Expr orelse = expression();
                return new Expr.IfExp(ts.pos(start), test, body, orelse);
            } catch (ParseFailure f) {
                ts.mark = ifAt;
                return body;
            }
        } finally {
            ts.leave();
        }
    }

    /** lambdef: {@code 'lambda' [lambda_params] ':' expression}. */
    private Expr lambdef() {
        int start = ts.mark;
        ts.expectName("lambda");
        var args = params.lambdaParams();
        ts.expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(ts.pos(start), args, body);
    }

    // ---- operators

    Expr disjunction() {
        if (ts.invalidPass) return memoized(MEMO_DISJUNCTION, () -> boolOp(true));
        return boolOp(true);
    }

    /** disjunction ({@code or}) when {@code or}, else conjunction ({@code and}). */
    private Expr boolOp(boolean or) {
        int start = ts.mark;
        String word = or ? "or" : "and";
        Expr first = or ? boolOp(false) : inversion();
        if (!ts.atName(word)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.atName(word)) {
            int at = ts.mark;
            try {
                ts.next();
                values.add(or ? boolOp(false) : inversion());
            } catch (ParseFailure f) {
                ts.mark = at;
                break;
            }
        }
        if (values.size() == 1) return first;
        return new Expr.BoolOp(ts.pos(start), or ? BoolOperator.OR : BoolOperator.AND, values);
    }

    /** inversion: {@code 'not' inversion | comparison}. */
    private Expr inversion() {
        if (!ts.atName("not")) return comparison();
        int start = ts.mark;
        ts.next();
        ts.enter();
        try {
            Expr operand = inversion();
            return new Expr.UnaryOp(ts.pos(start), UnaryOperator.NOT, operand);
        } finally {
            ts.leave();
        }
    }

    /** comparison: a bitwise_or followed by any number of (operator, bitwise_or) pairs. */
    private Expr comparison() {
        int start = ts.mark;
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int at = ts.mark;
            CmpOperator op = compareOp();
            if (op == null) break;
            Expr right;
            try {
                right = bitwiseOr();
            } catch (ParseFailure f) {
                ts.mark = at;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) return left;
        return new Expr.Compare(ts.pos(start), left, ops, comparators);
    }

    /** Consumes a comparison operator, or returns null leaving the cursor alone. */
    private CmpOperator compareOp() {
        Token t = ts.peek();
        if (t.kind() == Token.Kind.OP) {
            CmpOperator op = switch (t.text()) {
                case "==" -> CmpOperator.EQ;
                case "!=" -> CmpOperator.NOT_EQ;
                case "<" -> CmpOperator.LT;
                case "<=" -> CmpOperator.LT_E;
                case ">" -> CmpOperator.GT;
                case ">=" -> CmpOperator.GT_E;
                default -> null;
            };
            if (op != null) ts.next();
            return op;
        }
        if (t.isName("in")) {
            ts.next();
            return CmpOperator.IN;
        }
        if (t.isName("is")) {
            ts.next();
            return ts.acceptName("not") ? CmpOperator.IS_NOT : CmpOperator.IS;
        }
        if (t.isName("not") && ts.peek(1).isName("in")) {
            ts.next();
            ts.next();
            return CmpOperator.NOT_IN;
        }
        return null;
    }

    /** bitwise_or and everything down to term: binary operators by precedence climbing. */
    Expr bitwiseOr() {
        if (ts.invalidPass) return memoized(MEMO_BITWISE_OR, () -> binary(1));
        return binary(1);
    }

    private Expr binary(int minLevel) {
        int start = ts.mark;
        Expr left = factor();
        while (true) {
            Token t = ts.peek();
            Operator op = t.kind() == Token.Kind.OP ? binaryOperator(t.text()) : null;
            if (op == null) return left;
            int level = level(op);
            if (level < minLevel) return left;
            int at = ts.mark;
            ts.next();
            Expr right;
            try {
                right = binary(level + 1);
            } catch (ParseFailure f) {
                ts.mark = at;   // as a PEG parser would: the operator is not part of this expression
                return left;
            }
            left = new Expr.BinOp(ts.pos(start), left, op, right);
        }
    }

    private static Operator binaryOperator(String text) {
        return switch (text) {
            case "|" -> Operator.BITOR;
            case "^" -> Operator.BITXOR;
            case "&" -> Operator.BITAND;
            case "<<" -> Operator.LSHIFT;
            case ">>" -> Operator.RSHIFT;
            case "+" -> Operator.ADD;
            case "-" -> Operator.SUB;
            case "*" -> Operator.MULT;
            case "/" -> Operator.DIV;
            case "//" -> Operator.FLOORDIV;
            case "%" -> Operator.MOD;
            case "@" -> Operator.MATMULT;
            default -> null;
        };
    }

    private static int level(Operator op) {
        return switch (op) {
            case BITOR -> 1;
            case BITXOR -> 2;
            case BITAND -> 3;
            case LSHIFT, RSHIFT -> 4;
            case ADD, SUB -> 5;
            default -> 6;
        };
    }

    /** factor: unary {@code + - ~}, then power. */
    private Expr factor() {
        Token t = ts.peek();
        UnaryOperator op = null;
        if (t.kind() == Token.Kind.OP) {
            op = switch (t.text()) {
                case "+" -> UnaryOperator.UADD;
                case "-" -> UnaryOperator.USUB;
                case "~" -> UnaryOperator.INVERT;
                default -> null;
            };
        }
        if (op == null) return power();
        int start = ts.mark;
        ts.next();
        ts.enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(ts.pos(start), op, operand);
        } finally {
            ts.leave();
        }
    }

    /** power: {@code await_primary '**' factor | await_primary} (await itself is refused). */
    private Expr power() {
        int start = ts.mark;
        Token t = ts.peek();
        if (t.isName("await")) throw ts.errorAt(t, Parser.ASYNC_UNSUPPORTED);
        Expr base = primary();
        if (!ts.atOp("**")) return base;
        int at = ts.mark;
        ts.next();
        ts.enter();
        try {
            Expr exponent = factor();
            return new Expr.BinOp(ts.pos(start), base, Operator.POW, exponent);
        } catch (ParseFailure f) {
            ts.mark = at;
            return base;
        } finally {
            ts.leave();
        }
    }

    /** primary: an atom followed by attribute references, calls and subscripts. */
    Expr primary() {
        int start = ts.mark;
        Expr e = atom();
        while (true) {
            Token t = ts.peek();
            if (t.kind() != Token.Kind.OP) return e;
            int at = ts.mark;
            try {
                switch (t.text()) {
                    case "." -> {
                        ts.next();
                        Token name = ts.expectIdentifier();
                        e = new Expr.Attribute(ts.pos(start), e, name.text(), Ctx.LOAD);
                    }
                    case "(" -> e = displays.call(start, e);
                    case "[" -> e = displays.subscript(start, e);
                    default -> {
                        return e;
                    }
                }
            } catch (ParseFailure f) {
                ts.mark = at;   // the trailer failed: the primary ends before it
                return e;
            }
        }
    }

    /** atom: names, constants, strings, numbers and bracketed forms. */
    Expr atom() {
        Token t = ts.peek();
        int start = ts.mark;
        switch (t.kind()) {
            case NAME -> {
                Object constant = switch (t.text()) {
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "None" -> Expr.Singleton.NONE;
                    default -> null;
                };
                if (constant == null && t.isKeyword()) throw ParseFailure.INSTANCE;
                ts.next();
                Pos pos = ts.tokenPos(start);
                return constant != null ? new Expr.Constant(pos, constant) : new Expr.Name(pos, t.text(), Ctx.LOAD);
            }
            case NUMBER -> {
                int digits = Numbers.tooManyDigits(t.text());
                if (digits > 0) {
                    throw ts.src.error(PySyntaxError.Kind.SYNTAX_ERROR, "Exceeds the limit (" + Numbers.MAX_STR_DIGITS
                            + " digits) for integer string conversion: value has " + digits + " digits; use "
                            + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                            + "integer literals to avoid decimal conversion limits.", t.line(), 0, t.endLine(), 0);
                }
                ts.next();
                return new Expr.Constant(ts.tokenPos(start), Numbers.value(t.text()));
            }
            case STRING -> {
                return strings.concatenation();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return displays.parenthesized();
                    }
                    case "[" -> {
                        return displays.list();
                    }
                    case "{" -> {
                        return displays.braces();
                    }
                    case "..." -> {
                        ts.next();
                        return new Expr.Constant(ts.tokenPos(start), Expr.Singleton.ELLIPSIS);
                    }
                    default -> throw ParseFailure.INSTANCE;
                }
            }
            default -> throw ParseFailure.INSTANCE;
        }
    }

    // ---- helpers

    /**
     * Whether {@code t} can begin an expression (with {@code star}, a star_expression).
     * Used where CPython's grammar would try a rule and fall back when it fails at once.
     */
    static boolean startsExpression(Token t, boolean star) {
        return switch (t.kind()) {
            case NUMBER, STRING -> true;
            case NAME -> !t.isKeyword() || switch (t.text()) {
                case "True", "False", "None", "not", "lambda", "await" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                case "*" -> star;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * Runs {@code rule} at the cursor, or replays its earlier outcome there (error pass
     * only, where the invalid_ rules re-parse the same text several times).
     */
    private Expr memoized(int rule, java.util.function.Supplier<Expr> body) {
        long key = ((long) ts.mark << 2) | rule;
        Object[] hit = memo.get(key);
        if (hit != null) {
            if (hit[0] == null) throw ParseFailure.INSTANCE;
            ts.mark = (Integer) hit[1];
            return (Expr) hit[0];
        }
        int start = ts.mark;
        try {
            Expr e = body.get();
            memo.put(key, new Object[] {e, ts.mark});
            return e;
        } catch (ParseFailure f) {
            memo.put(key, new Object[] {null, start});
            throw f;
        }
    }
}
