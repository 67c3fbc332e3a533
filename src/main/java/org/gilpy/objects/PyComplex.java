package org.gilpy.objects;

/**
 * Python's {@code complex}: a pair of doubles.
 *
 * <p>Invariants: {@link #real} and {@link #imag} never change. Instances of Python
 * subclasses are {@link Derived}. Arithmetic with ints and floats first turns them into
 * complex numbers with a zero imaginary part (as CPython 3.11 does). Division is Smith's
 * algorithm and {@code **} with a small integral exponent is repeated multiplication, as
 * in CPython, so results agree to the last bit. Parsing lives in {@link ComplexParse}.
 */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyType.OBJECT,
            t -> new Derived(t, 0.0, 0.0));

    public final double real;
    public final double imag;

    protected PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    /** Instances of Python subclasses of complex: they have a {@code __dict__}. */
    static final class Derived extends PyComplex {
        private PyDict dict;

        Derived(PyType type, double real, double imag) {
            super(type, real, imag);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    public static PyComplex of(double real, double imag) {
        return new PyComplex(TYPE, real, imag);
    }

    static PyComplex ofType(PyType cls, double real, double imag) {
        return cls == TYPE ? of(real, imag) : new Derived(cls, real, imag);
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
        if (type == TYPE && o instanceof PyComplex c && c.type == TYPE) return real == c.real && imag == c.imag;
        return super.equals(o);
    }

    // ---- arithmetic on pairs of doubles -----------------------------------------------

    /** a / b by Smith's method; ZeroDivisionError "complex division by zero". */
    public static PyComplex div(double ar, double ai, double br, double bi) {
        double[] q = quotient(ar, ai, br, bi);
        if (q == null) throw PyErr.zeroDivision("complex division by zero");
        return of(q[0], q[1]);
    }

    /** The quotient, or null when b is zero. */
    private static double[] quotient(double ar, double ai, double br, double bi) {
        double absr = Math.abs(br), absi = Math.abs(bi);
        if (absr >= absi) {
            if (absr == 0.0) return null;
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absi >= absr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** a ** b as CPython computes it: repeated squaring for integral exponents up to 100. */
    public static PyComplex pow(double ar, double ai, double br, double bi) {
        double[] r;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            int n = (int) br;
            if (n > 0) {
                r = powu(ar, ai, n);
            } else {
                double[] p = powu(ar, ai, -n);
                r = quotient(1.0, 0.0, p[0], p[1]);
                if (r == null) throw PyErr.zeroDivision("0.0 to a negative or complex power");
            }
        } else if (br == 0.0 && bi == 0.0) {
            r = new double[] {1.0, 0.0};
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) throw PyErr.zeroDivision("0.0 to a negative or complex power");
            r = new double[] {0.0, 0.0};
        } else {
            double vabs = FloatMath.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = FloatMath.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            r = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) throw PyErr.overflowError("complex exponentiation");
        return of(r[0], r[1]);
    }

    private static double[] powu(double xr, double xi, int n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    /** The real and imaginary parts of an operand (int, float or complex), or null for other types. */
    private static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0.0};
        if (o instanceof PyInt i) return new double[] {i.toDouble(), 0.0};
        return null;
    }

    // ---- Python-visible methods -----------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return ComplexParse.construct(cls, args, kwnames);
    }

    @PyMethod
    public String __repr__() {
        return NumberFormatter.formatComplex(real, imag, FormatSpec.EMPTY);
    }

    @PyMethod
    public long __hash__() {
        long hr = Double.isNaN(real) ? System.identityHashCode(this) : IntMath.hashDouble(real);
        long hi = Double.isNaN(imag) ? System.identityHashCode(this) : IntMath.hashDouble(imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @PyMethod
    public boolean __bool__() {
        return real != 0.0 || imag != 0.0;
    }

    @PyMethod
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", spec.type.tpName());
        }
        if (s.value.isEmpty()) return Abstract.str(this);
        return PyStr.of(NumberFormatter.formatComplex(real, imag, FormatSpec.parse(s.value, type.name), type.name));
    }

    @PyMethod
    public PyObject __complex__() { return type == TYPE ? this : of(real, imag); }

    @PyMethod
    public PyObject __getnewargs__() { return PyTuple.of(PyFloat.of(real), PyFloat.of(imag)); }

    @PyMethod
    public long __sizeof__() { return 32; }

    @PyMethod
    public PyObject __pos__() { return type == TYPE ? this : of(real, imag); }

    @PyMethod
    public PyObject __neg__() { return of(-real, -imag); }

    @PyMethod
    public double __abs__() {
        double r = FloatMath.hypot(real, imag);
        if (Double.isInfinite(r) && !Double.isInfinite(real) && !Double.isInfinite(imag)) {
            throw PyErr.overflowError("absolute value too large");
        }
        return r;
    }

    @PyMethod
    public PyObject conjugate() { return of(real, -imag); }

    @PyGetter("real")
    public double getReal() { return real; }

    @PySetter("real")
    public void setReal(PyObject v) { throw PyErr.format(PyExc.AttributeError, "readonly attribute"); }

    @PyGetter("imag")
    public double getImag() { return imag; }

    @PySetter("imag")
    public void setImag(PyObject v) { throw PyErr.format(PyExc.AttributeError, "readonly attribute"); }

    private PyObject richEq(PyObject o, boolean eq) {
        boolean equal;
        if (o instanceof PyComplex c) {
            equal = real == c.real && imag == c.imag;
        } else if (o instanceof PyFloat f) {
            equal = real == f.value && imag == 0.0;
        } else if (o instanceof PyInt i) {
            equal = imag == 0.0 && !Double.isNaN(real) && PyInt.compareToDouble(i, real) == 0;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(equal == eq);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return richEq(o, true); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return richEq(o, false); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __le__(PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __gt__(PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __ge__(PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __add__(PyObject o) {
        double[] b = operand(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : of(real + b[0], imag + b[1]);
    }

    @PyMethod
    public PyObject __radd__(PyObject o) {
        double[] a = operand(o);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : of(a[0] + real, a[1] + imag);
    }

    @PyMethod
    public PyObject __sub__(PyObject o) {
        double[] b = operand(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : of(real - b[0], imag - b[1]);
    }

    @PyMethod
    public PyObject __rsub__(PyObject o) {
        double[] a = operand(o);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : of(a[0] - real, a[1] - imag);
    }

    @PyMethod
    public PyObject __mul__(PyObject o) {
        double[] b = operand(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(real, imag, b[0], b[1]);
    }

    @PyMethod
    public PyObject __rmul__(PyObject o) {
        double[] a = operand(o);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(a[0], a[1], real, imag);
    }

    public static PyComplex mul(double ar, double ai, double br, double bi) {
        return of(ar * br - ai * bi, ar * bi + ai * br);
    }

    @PyMethod
    public PyObject __truediv__(PyObject o) {
        double[] b = operand(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : div(real, imag, b[0], b[1]);
    }

    @PyMethod
    public PyObject __rtruediv__(PyObject o) {
        double[] a = operand(o);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : div(a[0], a[1], real, imag);
    }

    @PyMethod(optional = 1)
    public PyObject __pow__(PyObject o, PyObject m) {
        if (m != null && m != PyNone.NONE) throw PyErr.valueError("complex modulo");
        double[] b = operand(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : pow(real, imag, b[0], b[1]);
    }

    @PyMethod(optional = 1)
    public PyObject __rpow__(PyObject o, PyObject m) {
        if (m != null && m != PyNone.NONE) throw PyErr.valueError("complex modulo");
        double[] a = operand(o);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : pow(a[0], a[1], real, imag);
    }
}
