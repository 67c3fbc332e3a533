package org.gilpy.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Operator;
import org.gilpy.bytecode.Constants;

/**
 * Compile-time evaluation of constant expressions, a cautious subset of CPython 3.11's
 * AST optimizer: literals, {@code __debug__}, tuples of constants, unary operators on
 * numbers, {@code not}, and binary operators on ints, exactly representable floats,
 * complex sums and products, and str/bytes/tuple concatenation and repetition. Results
 * follow Python's semantics exactly; anything whose result could differ from run time
 * (division by zero, float powers, % formatting) or that CPython refuses to fold for
 * size (ints over 128 bits, strings over 4096 characters, tuples over 256 items) is left
 * to run time.
 *
 * <p>{@link #fold} returns a constant-pool value (see {@link Constants}) or null.
 */
final class ConstantFolder {
    private static final int MAX_INT_BITS = 128, MAX_STR_SIZE = 4096, MAX_COLLECTION_SIZE = 256;
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final Object NOT_CONSTANT = new Object();

    private final Map<Expr, Object> memo = new IdentityHashMap<>();

    /** The value of e if it is a compile-time constant, else null. */
    Object fold(Expr e) {
        Object v = memo.get(e);
        if (v == null) {
            v = compute(e);
            memo.put(e, v == null ? NOT_CONSTANT : v);
        }
        return v == NOT_CONSTANT ? null : v;
    }

    boolean isConstant(Expr e) {
        return fold(e) != null;
    }

    /** The pool value of a literal from the AST. */
    static Object literal(Object astValue) {
        return switch (astValue) {
            case Expr.Imaginary im -> new Constants.Complex(0.0, im.imag());
            case Expr.Bytes b -> new Constants.Bytes(b.value());
            case Expr.Singleton s -> s == Expr.Singleton.NONE ? Constants.Singleton.NONE : Constants.Singleton.ELLIPSIS;
            case BigInteger b -> normalize(b);
            default -> astValue;
        };
    }

    private Object compute(Expr e) {
        return switch (e) {
            case Expr.Constant c -> literal(c.value());
            case Expr.Name n -> n.ctx() == Ctx.LOAD && n.id().equals("__debug__") ? Boolean.TRUE : null;
            case Expr.Tuple t -> {
                if (t.ctx() != Ctx.LOAD) yield null;
                List<Object> items = new ArrayList<>();
                for (Expr elt : t.elts()) {
                    Object v = elt instanceof Expr.Starred ? null : fold(elt);
                    if (v == null) yield null;
                    items.add(v);
                }
                yield new Constants.Tuple(items);
            }
            case Expr.UnaryOp u -> {
                Object v = fold(u.operand());
                yield v == null ? null : unary(u.op(), v);
            }
            case Expr.BinOp b -> {
                Object l = fold(b.left());
                if (l == null) yield null;
                Object r = fold(b.right());
                yield r == null ? null : binary(b.op(), l, r);
            }
            case Expr.Subscript s -> {
                if (s.ctx() != Ctx.LOAD) yield null;
                Object v = fold(s.value());
                Object i = v == null ? null : fold(s.slice());
                yield i == null ? null : subscript(v, i);
            }
            default -> null;
        };
    }

    // ---- truth and numbers --------------------------------------------------------

    /** Python truthiness of a constant. */
    static boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0;
            case Constants.Complex c -> c.real() != 0 || c.imag() != 0;
            case String s -> !s.isEmpty();
            case Constants.Bytes b -> b.value().length > 0;
            case Constants.Tuple t -> !t.items().isEmpty();
            case Constants.Singleton s -> s == Constants.Singleton.ELLIPSIS;
            default -> true;
        };
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw new IllegalArgumentException();
        };
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The exact double of an int or float, or null when an int has no exact double. */
    private static Double exactDouble(Object v) {
        if (v instanceof Double d) return d;
        if (!isInt(v)) return null;
        BigInteger b = big(v);
        return b.abs().compareTo(BigInteger.valueOf(EXACT_DOUBLE)) <= 0 ? b.doubleValue() : null;
    }

    private static Object unary(org.gilpy.ast.UnaryOperator op, Object v) {
        return switch (op) {
            case NOT -> !truth(v);
            case USUB -> switch (v) {
                case Double d -> -d;
                case Constants.Complex c -> new Constants.Complex(-c.real(), -c.imag());
                default -> isInt(v) ? normalize(big(v).negate()) : null;
            };
            case UADD -> switch (v) {
                case Double d -> d;
                case Constants.Complex c -> c;
                default -> isInt(v) ? normalize(big(v)) : null;
            };
            case INVERT -> isInt(v) ? normalize(big(v).not()) : null;
        };
    }

    // ---- binary operators ---------------------------------------------------------

    private static Object binary(Operator op, Object l, Object r) {
        if (isInt(l) && isInt(r)) return intOp(op, l, r);
        if ((l instanceof Double || isInt(l)) && (r instanceof Double || isInt(r))) return floatOp(op, l, r);
        if (l instanceof Constants.Complex || r instanceof Constants.Complex) return complexOp(op, l, r);
        return sequenceOp(op, l, r);
    }

    private static Object intOp(Operator op, Object lv, Object rv) {
        BigInteger a = big(lv), b = big(rv);
        boolean bools = lv instanceof Boolean && rv instanceof Boolean;
        return switch (op) {
            case ADD -> normalize(a.add(b));
            case SUB -> normalize(a.subtract(b));
            case MULT -> a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_BITS
                    ? null : normalize(a.multiply(b));
            case FLOORDIV -> b.signum() == 0 ? null : normalize(floorDiv(a, b));
            case MOD -> b.signum() == 0 ? null : normalize(a.subtract(floorDiv(a, b).multiply(b)));
            case DIV -> {
                Double x = exactDouble(lv), y = exactDouble(rv);
                yield x == null || y == null || y == 0 ? null : x / y;
            }
            case POW -> {
                if (b.signum() < 0 || b.bitLength() > 31) yield null;
                int n = b.intValue();
                if (a.signum() != 0 && n > 0 && (long) a.bitLength() * n > MAX_INT_BITS) yield null;
                yield normalize(a.pow(n));
            }
            case LSHIFT -> {
                if (b.signum() < 0) yield null;
                if (a.signum() != 0 && (b.bitLength() > 31 || a.bitLength() + b.intValue() > MAX_INT_BITS)) yield null;
                yield a.signum() == 0 ? (Object) 0L : normalize(a.shiftLeft(b.intValue()));
            }
            case RSHIFT -> {
                if (b.signum() < 0) yield null;
                yield b.bitLength() > 31 ? (Object) (a.signum() < 0 ? -1L : 0L) : normalize(a.shiftRight(b.intValue()));
            }
            case BITAND -> bools ? (Object) ((Boolean) lv & (Boolean) rv) : normalize(a.and(b));
            case BITOR -> bools ? (Object) ((Boolean) lv | (Boolean) rv) : normalize(a.or(b));
            case BITXOR -> bools ? (Object) ((Boolean) lv ^ (Boolean) rv) : normalize(a.xor(b));
            case MATMULT -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private static Object floatOp(Operator op, Object lv, Object rv) {
        Double x = exactDouble(lv), y = exactDouble(rv);
        if (x == null || y == null) return null;
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MULT -> x * y;
            case DIV -> y == 0 ? null : x / y;
            default -> null;
        };
    }

    private static Object complexOp(Operator op, Object lv, Object rv) {
        Constants.Complex a = toComplex(lv), b = toComplex(rv);
        if (a == null || b == null) return null;
        return switch (op) {
            case ADD -> new Constants.Complex(a.real() + b.real(), a.imag() + b.imag());
            case SUB -> new Constants.Complex(a.real() - b.real(), a.imag() - b.imag());
            case MULT -> new Constants.Complex(a.real() * b.real() - a.imag() * b.imag(),
                    a.real() * b.imag() + a.imag() * b.real());
            default -> null;
        };
    }

    private static Constants.Complex toComplex(Object v) {
        if (v instanceof Constants.Complex c) return c;
        Double d = exactDouble(v);
        return d == null ? null : new Constants.Complex(d, 0.0);
    }

    private static Object sequenceOp(Operator op, Object l, Object r) {
        if (op == Operator.ADD) {
            if (l instanceof String a && r instanceof String b) return a + b;
            if (l instanceof Constants.Bytes a && r instanceof Constants.Bytes b) {
                byte[] out = new byte[a.value().length + b.value().length];
                System.arraycopy(a.value(), 0, out, 0, a.value().length);
                System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
                return new Constants.Bytes(out);
            }
            if (l instanceof Constants.Tuple a && r instanceof Constants.Tuple b) {
                List<Object> items = new ArrayList<>(a.items());
                items.addAll(b.items());
                return new Constants.Tuple(items);
            }
            return null;
        }
        if (op == Operator.MULT) {
            if (isInt(l) && !isInt(r)) return repeat(r, l);
            if (isInt(r)) return repeat(l, r);
        }
        return null;
    }

    private static Object repeat(Object seq, Object count) {
        BigInteger nb = big(count);
        int n = nb.signum() < 0 ? 0 : nb.bitLength() > 31 ? Integer.MAX_VALUE : nb.intValue();
        return switch (seq) {
            case String s -> {
                int size = s.codePointCount(0, s.length());
                yield size > 0 && (nb.signum() < 0 || n > MAX_STR_SIZE / size) ? null : s.repeat(size == 0 ? 0 : n);
            }
            case Constants.Bytes b -> {
                int size = b.value().length;
                if (size > 0 && (nb.signum() < 0 || n > MAX_STR_SIZE / size)) yield null;
                byte[] out = new byte[size == 0 ? 0 : size * n];
                for (int i = 0; i < out.length; i++) out[i] = b.value()[i % size];
                yield new Constants.Bytes(out);
            }
            case Constants.Tuple t -> {
                int size = t.items().size();
                if (size > 0 && (nb.signum() < 0 || n > MAX_COLLECTION_SIZE / size)) yield null;
                List<Object> items = new ArrayList<>();
                for (int i = 0; size > 0 && i < n; i++) items.addAll(t.items());
                yield new Constants.Tuple(items);
            }
            default -> null;
        };
    }

    private static Object subscript(Object v, Object index) {
        if (!(index instanceof Long) && !(index instanceof Boolean)) return null;
        long i = big(index).longValue();
        return switch (v) {
            case String s -> {
                int n = s.codePointCount(0, s.length());
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) yield null;
                int at = s.offsetByCodePoints(0, (int) k);
                yield new String(Character.toChars(s.codePointAt(at)));
            }
            case Constants.Bytes b -> {
                long k = i < 0 ? i + b.value().length : i;
                yield k < 0 || k >= b.value().length ? null : (Object) (long) (b.value()[(int) k] & 0xFF);
            }
            case Constants.Tuple t -> {
                long k = i < 0 ? i + t.items().size() : i;
                yield k < 0 || k >= t.items().size() ? null : t.items().get((int) k);
            }
            default -> null;
        };
    }
}
