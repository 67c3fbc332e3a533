package org.gilpy.objects;

import java.math.BigInteger;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code int}: arbitrary precision with a {@code long} fast path.
 *
 * <p>Invariants: {@link #big} is null exactly when the value fits in a long, which is then
 * {@link #value} (so two equal ints have the same representation); values -5..256 of the
 * exact type are shared (as CPython's small ints). Instances of Python subclasses are
 * {@link Derived} and carry a {@code __dict__}. {@code bool} is the Java subclass
 * {@link PyBool}.
 *
 * <p>The static operations ({@link #add}, {@link #compare}, ...) take any PyInt (bool and
 * subclasses included), always return exact ints, and are the fast paths the eval loop
 * calls for exact ints; the Python-visible dunders call them. Parsing lives in
 * {@link IntParse}, big-number helpers in {@link IntMath}, formatting in
 * {@link NumberFormatter}.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyType.OBJECT,
            t -> new Derived(t, 0L, null));

    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(TYPE, i - 5, null);
    }

    public static final PyInt ZERO = SMALL[5];
    public static final PyInt ONE = SMALL[6];

    public final long value;
    public final BigInteger big;

    protected PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    /** Instances of Python subclasses of int: they have a {@code __dict__}. */
    static final class Derived extends PyInt {
        private PyDict dict;

        Derived(PyType type, long value, BigInteger big) {
            super(type, value, big);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(TYPE, v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(TYPE, 0, v);
    }

    /** An int of type cls (int or a subclass) with the value of v. */
    static PyInt ofType(PyType cls, PyInt v) {
        if (cls == TYPE) return v.exact();
        return new Derived(cls, v.value, v.big);
    }

    public boolean isSmall() { return big == null; }

    public BigInteger toBig() { return big != null ? big : BigInteger.valueOf(value); }

    /** This value as an exact int (itself when it already is one). */
    public PyInt exact() {
        if (type == TYPE) return this;
        return big == null ? of(value) : new PyInt(TYPE, 0, big);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
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
        if (type == TYPE && o instanceof PyInt i && (i.type == TYPE || i.type == PyBool.TYPE)) {
            return big == null ? i.big == null && value == i.value : big.equals(i.big);
        }
        if (type == TYPE && o instanceof PyFloat f && f.type == PyFloat.TYPE) {
            return !Double.isNaN(f.value) && compareToDouble(this, f.value) == 0;
        }
        return super.equals(o);
    }

    // ---- conversions for Java callers ---------------------------------------------

    /** CPython's PyLong_AsLong: an int (or an object with {@code __index__}) as a long. */
    public static long asLong(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Abstract.index(o);
        if (i.big != null) throw PyErr.overflowError("Python int too large to convert to C long");
        return i.value;
    }

    /** As {@link #asLong}, for a Java int ("Python int too large to convert to C int"). */
    public static int asInt(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Abstract.index(o);
        if (i.big != null || i.value != (int) i.value) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** A Py_ssize_t-sized value ("Python int too large to convert to C ssize_t"). */
    public static long asSsize(PyObject o) {
        PyInt i = o instanceof PyInt pi ? pi : Abstract.index(o);
        if (i.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    /** {@code sys.get_int_max_str_digits()}: 0 means no limit. */
    public static int maxStrDigits() {
        return IntParse.maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}: 0 (no limit) or at least 640. */
    public static void setMaxStrDigits(long n) {
        if (n != 0 && (n < 640 || n > Integer.MAX_VALUE)) {
            throw PyErr.valueError("maxdigits must be 0 or larger than 640");
        }
        IntParse.maxStrDigits = (int) n;
    }

    /** The nearest double; OverflowError "int too large to convert to float". */
    public double toDouble() {
        return big == null ? (double) value : IntMath.toDouble(big);
    }

    // ---- fast paths for the eval loop (any PyInt in, exact int out) ---------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return of(r);
        }
        return of(a.toBig().add(b.toBig()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return of(r);
        }
        return of(a.toBig().subtract(b.toBig()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value, lo = x * y, hi = Math.multiplyHigh(x, y);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
        }
        return of(a.toBig().multiply(b.toBig()));
    }

    /** {@code a // b}, rounding toward negative infinity. */
    public static PyInt floordiv(PyInt a, PyInt b) {
        if (b.big == null) {
            if (b.value == 0) throw PyErr.zeroDivision("integer division or modulo by zero");
            if (a.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
                return of(Math.floorDiv(a.value, b.value));
            }
        }
        return of(IntMath.floorDiv(a.toBig(), b.toBig()));
    }

    /** {@code a % b}, with the sign of b. */
    public static PyInt mod(PyInt a, PyInt b) {
        if (b.big == null) {
            if (b.value == 0) throw PyErr.zeroDivision("integer modulo by zero");
            if (a.big == null) return of(Math.floorMod(a.value, b.value));
        }
        return of(IntMath.floorMod(a.toBig(), b.toBig()));
    }

    /** {@code divmod(a, b)} as a tuple. */
    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.big == null) {
            if (b.value == 0) throw PyErr.zeroDivision("integer division or modulo by zero");
            if (a.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
                return PyTuple.of(of(Math.floorDiv(a.value, b.value)), of(Math.floorMod(a.value, b.value)));
            }
        }
        BigInteger[] qr = IntMath.floorDivMod(a.toBig(), b.toBig());
        return PyTuple.of(of(qr[0]), of(qr[1]));
    }

    /** {@code a / b}, correctly rounded. */
    public static PyFloat truediv(PyInt a, PyInt b) {
        return PyFloat.of(trueDivide(a, b));
    }

    /** {@code a / b} as a double, correctly rounded, with CPython's errors. */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) throw PyErr.zeroDivision("division by zero");
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) return (double) x / (double) y;
        }
        double d = IntMath.trueDivide(a.toBig(), b.toBig());
        if (Double.isInfinite(d)) throw PyErr.overflowError("integer division result too large for a float");
        return d;
    }

    /** {@code a ** b}: an int, or a float when b is negative. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            return PyFloat.of(PyFloat.pow(a.toDouble(), b.toDouble()));
        }
        if (a.big == null && b.big == null) {
            PyInt r = IntMath.powLong(a.value, b.value);
            if (r != null) return r;
        }
        return of(IntMath.pow(a.toBig(), b.toBig()));
    }

    /** {@code pow(a, b, m)}. */
    public static PyInt pow(PyInt a, PyInt b, PyInt m) {
        if (m.big == null && m.value != 0 && a.big == null && b.big == null && b.value >= 0
                && m.value > -(1L << 31) && m.value < (1L << 31)) {
            long mod = Math.abs(m.value);
            long base = Math.floorMod(a.value, mod), e = b.value, r = 1 % mod;
            while (e > 0) {
                if ((e & 1) != 0) r = r * base % mod;
                base = base * base % mod;
                e >>= 1;
            }
            if (m.value < 0 && r != 0) r -= mod;
            return of(r);
        }
        return of(IntMath.modPow(a.toBig(), b.toBig(), m.toBig()));
    }

    public static PyInt lshift(PyInt a, PyInt n) {
        if (n.signum() < 0) throw PyErr.valueError("negative shift count");
        if (a.signum() == 0) return ZERO;
        if (n.big != null || n.value > Integer.MAX_VALUE - 64) {
            throw PyErr.overflowError("too many digits in integer");
        }
        int s = (int) n.value;
        if (a.big == null && s < 63) {
            long r = a.value << s;
            if (r >> s == a.value) return of(r);
        }
        try {
            return of(a.toBig().shiftLeft(s));
        } catch (ArithmeticException | OutOfMemoryError e) {
            throw PyErr.overflowError("too many digits in integer");
        }
    }

    public static PyInt rshift(PyInt a, PyInt n) {
        if (n.signum() < 0) throw PyErr.valueError("negative shift count");
        if (n.big != null || n.value >= Integer.MAX_VALUE) return a.signum() < 0 ? of(-1) : ZERO;
        if (a.big == null) return of(n.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n.value);
        return of(a.big.shiftRight((int) n.value));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value & b.value);
        return of(a.toBig().and(b.toBig()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value | b.value);
        return of(a.toBig().or(b.toBig()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return of(a.value ^ b.value);
        return of(a.toBig().xor(b.toBig()));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return of(-a.value);
        return of(a.toBig().negate());
    }

    public static PyInt invert(PyInt a) {
        return a.big == null ? of(~a.value) : of(a.big.not());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : a.exact();
    }

    /** -1, 0 or 1 as a is less than, equal to or greater than b. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.toBig().compareTo(b.toBig());
    }

    /**
     * {@code a op b} for two ints (plain or in-place operator alike), or null for @ which
     * ints do not support. Callers must not pass bools for & | ^ (those give bools).
     */
    public static PyObject binaryOp(PyInt a, PyInt b, BinaryOp op) {
        return switch (op.plain) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case TRUEDIV -> truediv(a, b);
            case FLOORDIV -> floordiv(a, b);
            case MOD -> mod(a, b);
            case POW -> pow(a, b);
            case LSHIFT -> lshift(a, b);
            case RSHIFT -> rshift(a, b);
            case AND -> and(a, b);
            case OR -> or(a, b);
            case XOR -> xor(a, b);
            default -> null;
        };
    }

    /** {@code a op b} for a rich comparison of two ints. */
    public static boolean compareOp(PyInt a, PyInt b, CompareOp op) {
        int c = compare(a, b);
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** Compares an int with a non-NaN double exactly. */
    public static int compareToDouble(PyInt a, double d) {
        return a.big == null ? IntMath.compareToDouble(a.value, d) : IntMath.compareToDouble(a.big, d);
    }

    /** {@code bin()}, {@code oct()}, {@code hex()}: "-0x1f" style (radix 2, 8 or 16). */
    public static String toRadixString(PyInt v, int radix) {
        String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = v.big == null && v.value != Long.MIN_VALUE ? Long.toString(Math.abs(v.value), radix)
                : v.toBig().abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    // ---- Python-visible methods ---------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return IntParse.construct(cls, args, kwnames);
    }

    /** Python's numeric hash: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    @PyMethod
    public long __hash__() {
        return big == null ? IntMath.hash(value) : IntMath.hash(big);
    }

    /** Decimal digits; ValueError beyond the int max str digits limit. Static so that
     * {@code int.__repr__(True)} is "1" while {@link PyBool}'s Java override says "True". */
    @PyMethod("__repr__")
    public static String int__repr__(PyObject self) {
        PyInt i = (PyInt) self;
        return i.big == null ? Long.toString(i.value) : IntParse.toDecimal(i.big);
    }

    /** The repr for Java callers (bool overrides it). */
    public String __repr__() {
        return int__repr__(this);
    }

    @PyMethod
    public boolean __bool__() {
        return big != null || value != 0;
    }

    @PyMethod
    public PyObject __index__() { return exact(); }

    @PyMethod
    public PyObject __int__() { return exact(); }

    @PyMethod
    public PyObject __trunc__() { return exact(); }

    @PyMethod
    public PyObject __floor__() { return exact(); }

    @PyMethod
    public PyObject __ceil__() { return exact(); }

    @PyMethod
    public PyObject __pos__() { return exact(); }

    @PyMethod
    public PyObject __neg__() { return neg(this); }

    @PyMethod
    public PyObject __abs__() { return abs(this); }

    @PyMethod
    public PyObject __invert__() { return invert(this); }

    @PyMethod
    public double __float__() { return toDouble(); }

    @PyMethod(optional = 1)
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == null) return exact();          // round(x, None) calls __round__() without it
        PyInt n = Abstract.index(ndigits);
        if (n.signum() >= 0) return exact();
        if (n.big != null) return ZERO;
        return of(IntMath.roundToPowerOfTen(toBig(), -n.value));
    }

    @PyMethod
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", spec.type.tpName());
        }
        if (s.value.isEmpty()) return Abstract.str(this);
        return PyStr.of(NumberFormatter.formatInt(this, FormatSpec.parse(s.value, type.name)));
    }

    @PyMethod
    public PyObject __getnewargs__() { return PyTuple.of(exact()); }

    @PyMethod
    public long __sizeof__() {
        int bits = big == null ? 64 - Long.numberOfLeadingZeros(Math.abs(value)) : big.bitLength();
        return 24 + 4L * Math.max(1, (bits + 29) / 30);
    }

    // comparisons: only with ints (float compares itself with ints in its reflected methods)

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) == 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) != 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) < 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) <= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) > 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyInt b ? PyBool.of(compare(this, b) >= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    // arithmetic: NotImplemented for non-ints, so float/complex get their reflected turn

    @PyMethod
    public PyObject __add__(PyObject o) { return o instanceof PyInt b ? add(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __radd__(PyObject o) { return o instanceof PyInt b ? add(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __sub__(PyObject o) { return o instanceof PyInt b ? sub(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rsub__(PyObject o) { return o instanceof PyInt b ? sub(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __mul__(PyObject o) { return o instanceof PyInt b ? mul(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rmul__(PyObject o) { return o instanceof PyInt b ? mul(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __floordiv__(PyObject o) { return o instanceof PyInt b ? floordiv(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rfloordiv__(PyObject o) { return o instanceof PyInt b ? floordiv(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __mod__(PyObject o) { return o instanceof PyInt b ? mod(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rmod__(PyObject o) { return o instanceof PyInt b ? mod(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __divmod__(PyObject o) { return o instanceof PyInt b ? divmod(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rdivmod__(PyObject o) { return o instanceof PyInt b ? divmod(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __truediv__(PyObject o) { return o instanceof PyInt b ? truediv(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) { return o instanceof PyInt b ? truediv(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod(optional = 1)
    public PyObject __pow__(PyObject o, PyObject m) {
        if (!(o instanceof PyInt b)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (m == null || m == PyNone.NONE) return pow(this, b);
        return m instanceof PyInt mi ? pow(this, b, mi) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(optional = 1)
    public PyObject __rpow__(PyObject o, PyObject m) {
        if (!(o instanceof PyInt b)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (m == null || m == PyNone.NONE) return pow(b, this);
        return m instanceof PyInt mi ? pow(b, this, mi) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lshift__(PyObject o) { return o instanceof PyInt b ? lshift(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rlshift__(PyObject o) { return o instanceof PyInt b ? lshift(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rshift__(PyObject o) { return o instanceof PyInt b ? rshift(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rrshift__(PyObject o) { return o instanceof PyInt b ? rshift(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __and__(PyObject o) { return o instanceof PyInt b ? and(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rand__(PyObject o) { return o instanceof PyInt b ? and(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __or__(PyObject o) { return o instanceof PyInt b ? or(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __ror__(PyObject o) { return o instanceof PyInt b ? or(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __xor__(PyObject o) { return o instanceof PyInt b ? xor(this, b) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rxor__(PyObject o) { return o instanceof PyInt b ? xor(b, this) : PyNotImplemented.NOT_IMPLEMENTED; }

    // ---- named methods and attributes ------------------------------------------------

    @PyMethod
    public long bit_length() {
        if (big != null) return big.abs().bitLength();
        return value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(value));
    }

    @PyMethod
    public long bit_count() {
        if (big != null) return big.abs().bitCount();
        return value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(value));
    }

    @PyMethod
    public PyObject as_integer_ratio() { return PyTuple.of(exact(), ONE); }

    @PyMethod
    public PyObject conjugate() { return exact(); }

    @PyGetter("real")
    public PyObject real() { return exact(); }

    @PyGetter("imag")
    public PyObject imag() { return ZERO; }

    @PyGetter("numerator")
    public PyObject numerator() { return exact(); }

    @PyGetter("denominator")
    public PyObject denominator() { return ONE; }

    @PyMethod
    public PyObject to_bytes(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("to_bytes", args, kwnames, new String[] {"length", "byteorder", "signed"}, 0, 2);
        long length = a[0] == null ? 1 : asSsize(a[0]);
        boolean little = IntParse.littleEndian(a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        return PyBytes.wrap(IntParse.toBytes(this, length, little, signed));
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject from_bytes(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("from_bytes", args, kwnames, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
        boolean little = IntParse.littleEndian(a[1]);
        boolean signed = a[2] != null && Abstract.isTrue(a[2]);
        PyInt v = IntParse.fromBytes(IntParse.bytesOf(a[0]), little, signed);
        return cls == TYPE ? v : Abstract.call(cls, v);
    }
}
