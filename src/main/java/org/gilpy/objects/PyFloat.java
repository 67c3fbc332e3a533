package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code float}: an IEEE 754 double.
 *
 * <p>Invariant: {@link #value} never changes. Instances of Python subclasses are
 * {@link Derived} and carry a {@code __dict__}. Arithmetic with ints converts the int
 * (OverflowError when it is too large); comparisons with ints are exact. The static
 * operations ({@link #floordiv}, {@link #mod}, {@link #pow}, ...) are the eval loop's
 * fast paths on doubles and raise CPython's errors; the dunders call them. Text
 * conversions live in {@link FloatRepr} (out) and {@link FloatParse} (in).
 */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, PyType.OBJECT,
            t -> new Derived(t, 0.0));

    public static final PyFloat ZERO = new PyFloat(TYPE, 0.0);
    public static final PyFloat ONE = new PyFloat(TYPE, 1.0);

    public final double value;

    protected PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    /** Instances of Python subclasses of float: they have a {@code __dict__}. */
    static final class Derived extends PyFloat {
        private PyDict dict;

        Derived(PyType type, double value) {
            super(type, value);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
    }

    @Override
    public int hashCode() {
        if (type != TYPE) return super.hashCode();
        long h = __hash__();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (type == TYPE && o instanceof PyFloat f && f.type == TYPE) return value == f.value;
        if (type == TYPE && o instanceof PyInt i && (i.type == PyInt.TYPE || i.type == PyBool.TYPE)) {
            return !Double.isNaN(value) && PyInt.compareToDouble(i, value) == 0;
        }
        return super.equals(o);
    }

    // ---- conversions for Java callers ---------------------------------------------

    /**
     * CPython's PyFloat_AsDouble: a float, an object with {@code __float__} (which must
     * return a float), or one with {@code __index__}; else TypeError "must be real number, not T".
     */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject f = o.type.lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callUnbound(f, o, new PyObject[0], null);
            if (r instanceof PyFloat rf) return rf.value;
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", o.type.tpName(), r.type.tpName());
        }
        if (o.type.lookup("__index__") != null) return Abstract.index(o).toDouble();
        throw PyErr.typeError("must be real number, not %s", o.type.tpName());
    }

    /** The int of a double, truncating; ValueError for NaN, OverflowError for infinities. */
    public static PyInt toInt(double v) {
        if (v > -0x1p63 && v < 0x1p63) return PyInt.of((long) v);
        if (Double.isNaN(v)) throw PyErr.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw PyErr.overflowError("cannot convert float infinity to integer");
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    /** True for the operands float arithmetic accepts: floats and ints (bool included). */
    private static boolean isOperand(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    /** An operand as a double; an int too large for a float raises OverflowError. */
    private static double operand(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    // ---- fast paths for the eval loop ------------------------------------------------

    public static double truediv(double a, double b) {
        if (b == 0.0) throw PyErr.zeroDivision("float division by zero");
        return a / b;
    }

    /** {@code a % b} with the sign of b, as CPython computes it (fmod, then adjust). */
    public static double mod(double a, double b) {
        if (b == 0.0) throw PyErr.zeroDivision("float modulo");
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code a // b}. */
    public static double floordiv(double a, double b) {
        if (b == 0.0) throw PyErr.zeroDivision("float floor division by zero");
        return divmod(a, b)[0];
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) throw PyErr.zeroDivision("float divmod()");
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, m};
    }

    private static boolean isOddInteger(double y) {
        return Math.abs(y) < 0x1p53 && y == Math.rint(y) && (((long) y) & 1) != 0;
    }

    /**
     * {@code x ** y} for a real result: the caller has excluded a negative finite x with a
     * non-integer y (whose result is complex; see {@link #power}).
     */
    public static double pow(double x, double y) {
        if (y == 0.0) return 1.0;
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) return 1.0;
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(x)) {
            boolean odd = isOddInteger(y);
            if (y > 0) return odd ? x : Math.abs(x);
            return odd ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0.0) {
            if (y < 0) throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            return isOddInteger(y) ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0) {
            x = -x;
            negate = isOddInteger(y);
        }
        if (x == 1.0) return negate ? -1.0 : 1.0;
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) throw rangeError();
        return negate ? -r : r;
    }

    /** {@code x ** y}: a float, or (negative base, fractional exponent) a complex. */
    public static PyObject power(double x, double y) {
        if (x < 0 && !Double.isInfinite(x) && y != Math.floor(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
            return PyComplex.pow(x, 0.0, y, 0.0);
        }
        return of(pow(x, y));
    }

    /**
     * {@code a op b} for two floats (or an int converted to float on either side), or null
     * for the operators float does not support (@, shifts, bitwise).
     */
    public static PyObject binaryOp(double a, double b, BinaryOp op) {
        return switch (op.plain) {
            case ADD -> of(a + b);
            case SUB -> of(a - b);
            case MUL -> of(a * b);
            case TRUEDIV -> of(truediv(a, b));
            case FLOORDIV -> of(floordiv(a, b));
            case MOD -> of(mod(a, b));
            case POW -> power(a, b);
            default -> null;
        };
    }

    /** {@code a op b} for a rich comparison of two doubles (NaN compares unequal to everything). */
    public static boolean compareOp(double a, double b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** OverflowError (34, 'Numerical result out of range'): C's ERANGE as CPython reports it. */
    static PyException rangeError() {
        return PyErr.withArgs(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
    }

    private PyObject richCompare(PyObject o, int op) {
        if (!isOperand(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        double v = value;
        if (Double.isNaN(v) || (o instanceof PyFloat f && Double.isNaN(f.value))) return PyBool.of(op == 5);
        int c;
        if (o instanceof PyFloat f) {
            c = v < f.value ? -1 : v > f.value ? 1 : 0;
        } else {
            c = -PyInt.compareToDouble((PyInt) o, v);
        }
        return PyBool.of(switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c > 0;
            case 4 -> c >= 0;
            default -> c != 0;
        });
    }

    // ---- Python-visible methods ---------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("float() takes no keyword arguments");
        if (args.length > 1) throw PyErr.typeError("float expected at most 1 argument, got %d", args.length);
        double v = args.length == 0 ? 0.0 : FloatParse.toDouble(args[0]);
        if (cls == TYPE) return args.length == 1 && args[0].type == TYPE ? args[0] : of(v);
        return new Derived(cls, v);
    }

    @PyMethod
    public String __repr__() {
        return FloatRepr.repr(value);
    }

    @PyMethod
    public long __hash__() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        return IntMath.hashDouble(value);
    }

    @PyMethod
    public boolean __bool__() {
        return value != 0.0;
    }

    @PyMethod
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", spec.type.tpName());
        }
        if (s.value.isEmpty()) return Abstract.str(this);
        return PyStr.of(NumberFormatter.formatFloat(value, FormatSpec.parse(s.value, type.name), type.name));
    }

    @PyMethod
    public PyObject __float__() { return type == TYPE ? this : of(value); }

    @PyMethod
    public PyObject __int__() { return toInt(value); }

    @PyMethod
    public PyObject __trunc__() { return toInt(value); }

    @PyMethod
    public PyObject __floor__() { return toInt(Math.floor(value)); }

    @PyMethod
    public PyObject __ceil__() { return toInt(Math.ceil(value)); }

    @PyMethod
    public PyObject __pos__() { return type == TYPE ? this : of(value); }

    @PyMethod
    public PyObject __neg__() { return of(-value); }

    @PyMethod
    public PyObject __abs__() { return of(Math.abs(value)); }

    @PyMethod(optional = 1)
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) return toInt(Math.rint(value));
        PyInt n = Abstract.index(ndigits);
        long nd = n.big != null ? (n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.value;
        return of(round(value, nd));
    }

    /** {@code round(x, ndigits)}: correctly rounded, halves to even on the exact value of x. */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        if (ndigits > 323) return x;
        if (ndigits < -308) return 0.0 * x;
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.signum() == 0 ? 0.0 : Double.parseDouble(r.toString());
        if (Double.isInfinite(d)) throw PyErr.overflowError("rounded value too large to represent");
        return Math.copySign(d, x);
    }

    @PyMethod
    public PyObject __getnewargs__() { return PyTuple.of(of(value)); }

    @PyMethod
    public long __sizeof__() { return 24; }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static String __getformat__(PyType cls, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw PyErr.typeError("__getformat__() argument must be str, not %s", typestr.type.tpName());
        }
        if (!s.value.equals("double") && !s.value.equals("float")) {
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return richCompare(o, 2); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return richCompare(o, 5); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return richCompare(o, 0); }

    @PyMethod
    public PyObject __le__(PyObject o) { return richCompare(o, 1); }

    @PyMethod
    public PyObject __gt__(PyObject o) { return richCompare(o, 3); }

    @PyMethod
    public PyObject __ge__(PyObject o) { return richCompare(o, 4); }

    @PyMethod
    public PyObject __add__(PyObject o) { return isOperand(o) ? of(value + operand(o)) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __radd__(PyObject o) { return isOperand(o) ? of(operand(o) + value) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __sub__(PyObject o) { return isOperand(o) ? of(value - operand(o)) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rsub__(PyObject o) { return isOperand(o) ? of(operand(o) - value) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __mul__(PyObject o) { return isOperand(o) ? of(value * operand(o)) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rmul__(PyObject o) { return isOperand(o) ? of(operand(o) * value) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __truediv__(PyObject o) {
        return isOperand(o) ? of(truediv(value, operand(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) {
        return isOperand(o) ? of(truediv(operand(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __floordiv__(PyObject o) {
        return isOperand(o) ? of(floordiv(value, operand(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __rfloordiv__(PyObject o) {
        return isOperand(o) ? of(floordiv(operand(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mod__(PyObject o) { return isOperand(o) ? of(mod(value, operand(o))) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rmod__(PyObject o) { return isOperand(o) ? of(mod(operand(o), value)) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __divmod__(PyObject o) {
        if (!isOperand(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        double[] qr = divmod(value, operand(o));
        return PyTuple.of(of(qr[0]), of(qr[1]));
    }

    @PyMethod
    public PyObject __rdivmod__(PyObject o) {
        if (!isOperand(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        double[] qr = divmod(operand(o), value);
        return PyTuple.of(of(qr[0]), of(qr[1]));
    }

    @PyMethod(optional = 1)
    public PyObject __pow__(PyObject o, PyObject m) {
        if (m != null && m != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return isOperand(o) ? power(value, operand(o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(optional = 1)
    public PyObject __rpow__(PyObject o, PyObject m) {
        if (m != null && m != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return isOperand(o) ? power(operand(o), value) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- named methods and attributes ------------------------------------------------

    @PyMethod
    public boolean is_integer() {
        return !Double.isInfinite(value) && value == Math.floor(value);
    }

    @PyMethod
    public PyObject as_integer_ratio() {
        if (Double.isInfinite(value)) throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        if (Double.isNaN(value)) throw PyErr.valueError("cannot convert NaN to integer ratio");
        if (value == 0.0) return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        long bits = Double.doubleToRawLongBits(value);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        int e = exp - 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        if (e < 0) {
            int shift = Math.min(tz, -e);
            mant >>= shift;
            e += shift;
        }
        BigInteger num = BigInteger.valueOf(value < 0 ? -mant : mant);
        if (e >= 0) return PyTuple.of(PyInt.of(num.shiftLeft(e)), PyInt.ONE);
        return PyTuple.of(PyInt.of(num), PyInt.of(BigInteger.ONE.shiftLeft(-e)));
    }

    @PyMethod
    public PyObject conjugate() { return type == TYPE ? this : of(value); }

    @PyGetter("real")
    public PyObject real() { return type == TYPE ? this : of(value); }

    @PyGetter("imag")
    public PyObject imag() { return ZERO; }

    @PyMethod
    public String hex() { return FloatRepr.hex(value); }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject fromhex(PyType cls, PyObject s) {
        if (!(s instanceof PyStr str)) throw PyErr.typeError("bad argument type for built-in operation");
        PyFloat v = of(FloatParse.fromHex(str.value));
        return cls == TYPE ? v : Abstract.call(cls, v);
    }
}
