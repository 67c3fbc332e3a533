package org.gilpy.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.FloatMath;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code math} module of CPython 3.11. Arguments are converted as CPython does
 * (PyFloat_AsDouble for reals: {@code __float__}, then {@code __index__}; {@code __index__}
 * for integers), and results follow its error rules: a NaN from a non-NaN argument is
 * ValueError "math domain error", an infinity from finite arguments is OverflowError
 * "math range error" for functions that can overflow and ValueError otherwise (poles).
 * Functions that need more than {@link Math} offers (hypot, fsum, gamma, erf, the
 * inverse hyperbolics) live in {@link FloatMath}.
 */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("math");
        TypeBuilder.moduleFunctions(MathModule.class, m).forEach(m::put);
        m.put("pi", PyFloat.of(Math.PI));
        m.put("e", PyFloat.of(Math.E));
        m.put("tau", PyFloat.of(2 * Math.PI));
        m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.put("nan", PyFloat.of(Double.NaN));
        return m;
    }

    private static PyException domainError() {
        return PyErr.valueError("math domain error");
    }

    private static PyException rangeError() {
        return PyErr.overflowError("math range error");
    }

    private static double real(PyObject x) {
        return PyFloat.asDouble(x);
    }

    /** One real argument, CPython's error rules ({@code canOverflow}: infinity means overflow, not a pole). */
    private static double math1(PyObject arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = real(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isNaN(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** The error rules for two real arguments. */
    private static double check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw rangeError();
        return r;
    }

    // ---- trigonometric and hyperbolic ---------------------------------------------------

    @PyMethod public static double acos(PyObject x) { return math1(x, FloatMath::acos, false); }
    @PyMethod public static double asin(PyObject x) { return math1(x, FloatMath::asin, false); }
    @PyMethod public static double atan(PyObject x) { return math1(x, FloatMath::atan, false); }
    @PyMethod public static double cos(PyObject x) { return math1(x, Math::cos, false); }
    @PyMethod public static double sin(PyObject x) { return math1(x, Math::sin, false); }
    @PyMethod public static double tan(PyObject x) { return math1(x, Math::tan, false); }
    @PyMethod public static double acosh(PyObject x) { return math1(x, FloatMath::acosh, false); }
    @PyMethod public static double asinh(PyObject x) { return math1(x, FloatMath::asinh, false); }
    @PyMethod public static double atanh(PyObject x) { return math1(x, FloatMath::atanh, false); }
    @PyMethod public static double cosh(PyObject x) { return math1(x, Math::cosh, true); }
    @PyMethod public static double sinh(PyObject x) { return math1(x, Math::sinh, true); }
    @PyMethod public static double tanh(PyObject x) { return math1(x, StrictMath::tanh, false); }

    @PyMethod
    public static double atan2(PyObject y, PyObject x) {
        double a = real(y), b = real(x);
        return check2(a, b, FloatMath.atan2(a, b));
    }

    @PyMethod
    public static double degrees(PyObject x) { return real(x) * (180.0 / Math.PI); }

    @PyMethod
    public static double radians(PyObject x) { return real(x) * (Math.PI / 180.0); }

    // ---- powers and logarithms ----------------------------------------------------------

    @PyMethod public static double sqrt(PyObject x) { return math1(x, Math::sqrt, false); }
    @PyMethod public static double cbrt(PyObject x) { return math1(x, Math::cbrt, false); }
    @PyMethod public static double exp(PyObject x) { return math1(x, Math::exp, true); }
    @PyMethod public static double exp2(PyObject x) { return math1(x, v -> Math.pow(2.0, v), true); }
    @PyMethod public static double expm1(PyObject x) { return math1(x, Math::expm1, true); }
    @PyMethod public static double log1p(PyObject x) { return math1(x, Math::log1p, false); }
    @PyMethod public static double fabs(PyObject x) { return math1(x, Math::abs, false); }

    /** log with the domain checks of CPython's loghelper; ints too large for a float still work. */
    private static double logHelper(PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) throw domainError();
            if (i.big != null && Double.isInfinite(i.big.doubleValue())) {
                // log(m * 2**e) = log(m) + e * log(2), m = the int's leading bits, rounded once, in [0.5, 1]
                int e = i.big.bitLength();
                BigInteger top = i.big.shiftRight(e - 60);
                if (i.big.getLowestSetBit() < e - 60) top = top.setBit(0);
                double m = Math.scalb(top.doubleValue(), -60);
                if (m == 1.0) {
                    m = 0.5;
                    e++;
                }
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
        }
        return math1(arg, f, false);
    }

    @PyMethod(optional = 1)
    public static double log(PyObject x, PyObject base) {
        double num = logHelper(x, Math::log);
        if (base == null) return num;
        double den = logHelper(base, Math::log);
        if (den == 0.0) throw PyErr.zeroDivision("float division by zero");
        return num / den;
    }

    @PyMethod("log2")
    public static double log2(PyObject x) { return logHelper(x, FloatMath::log2); }

    @PyMethod
    public static double log10(PyObject x) { return logHelper(x, StrictMath::log10); }

    @PyMethod
    public static double pow(PyObject x, PyObject y) {
        double a = real(x), b = real(y);
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            if (Double.isNaN(a)) return b == 0.0 ? 1.0 : a;
            if (Double.isNaN(b)) return a == 1.0 ? 1.0 : b;
            if (Double.isInfinite(a)) {
                boolean odd = Double.isFinite(b) && Math.abs(b) % 2.0 == 1.0;
                if (b > 0) return odd ? a : Math.abs(a);
                if (b == 0) return 1.0;
                return odd ? Math.copySign(0.0, a) : 0.0;
            }
            if (Math.abs(a) == 1.0) return 1.0;
            if (b > 0 && Math.abs(a) > 1.0) return b;
            if (b < 0 && Math.abs(a) < 1.0) return -b;
            return 0.0;
        }
        double r = Math.pow(a, b);
        if (Double.isNaN(r)) throw domainError();
        if (Double.isInfinite(r)) throw a == 0.0 ? domainError() : rangeError();
        return r;
    }

    // ---- floating-point manipulation ---------------------------------------------------

    @PyMethod
    public static PyObject ceil(PyObject x) {
        if (x.type == PyFloat.TYPE) return PyFloat.toInt(Math.ceil(((PyFloat) x).value));
        PyObject r = Abstract.callSpecial(x, "__ceil__");
        return r != null ? r : PyFloat.toInt(Math.ceil(real(x)));
    }

    @PyMethod
    public static PyObject floor(PyObject x) {
        if (x.type == PyFloat.TYPE) return PyFloat.toInt(Math.floor(((PyFloat) x).value));
        PyObject r = Abstract.callSpecial(x, "__floor__");
        return r != null ? r : PyFloat.toInt(Math.floor(real(x)));
    }

    @PyMethod
    public static PyObject trunc(PyObject x) {
        if (x.type == PyFloat.TYPE) return PyFloat.toInt(((PyFloat) x).value);
        PyObject r = Abstract.callSpecial(x, "__trunc__");
        if (r == null) throw PyErr.typeError("type %s doesn't define __trunc__ method", x.type.tpName());
        return r;
    }

    @PyMethod
    public static double copysign(PyObject x, PyObject y) {
        return Math.copySign(real(x), real(y));
    }

    @PyMethod
    public static double fmod(PyObject x, PyObject y) {
        double a = real(x), b = real(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) return a;
        return check2(a, b, a % b);
    }

    @PyMethod
    public static double remainder(PyObject x, PyObject y) {
        double a = real(x), b = real(y);
        return check2(a, b, Math.IEEEremainder(a, b));
    }

    @PyMethod
    public static PyObject frexp(PyObject x) {
        double v = real(x);
        if (v == 0.0 || Double.isNaN(v) || Double.isInfinite(v)) return PyTuple.of(PyFloat.of(v), PyInt.ZERO);
        int e = Math.getExponent(v);
        if (e < Double.MIN_EXPONENT) {                  // subnormal: normalize first
            v *= 0x1p54;
            e = Math.getExponent(v) - 54;
            return PyTuple.of(PyFloat.of(Math.scalb(v, -(Math.getExponent(v) + 1))), PyInt.of(e + 1));
        }
        return PyTuple.of(PyFloat.of(Math.scalb(v, -(e + 1))), PyInt.of(e + 1));
    }

    @PyMethod
    public static double ldexp(PyObject x, PyObject i) {
        double v = real(x);
        if (!(i instanceof PyInt n)) throw PyErr.typeError("Expected an int as second argument to ldexp.");
        if (v == 0.0 || !Double.isFinite(v)) return v;
        if (n.big != null || n.value > Integer.MAX_VALUE) {
            if (n.signum() > 0) throw rangeError();
            return Math.copySign(0.0, v);
        }
        if (n.value < Integer.MIN_VALUE) return Math.copySign(0.0, v);
        double r = Math.scalb(v, (int) n.value);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    @PyMethod
    public static PyObject modf(PyObject x) {
        double v = real(x);
        if (Double.isInfinite(v)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, v)), PyFloat.of(v));
        if (Double.isNaN(v)) return PyTuple.of(PyFloat.of(v), PyFloat.of(v));
        double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
        return PyTuple.of(PyFloat.of(Math.copySign(v - ip, v)), PyFloat.of(ip));
    }

    @PyMethod
    public static double nextafter(PyObject x, PyObject y) {
        return Math.nextAfter(real(x), real(y));
    }

    @PyMethod
    public static double ulp(PyObject x) {
        double v = real(x);
        if (Double.isNaN(v)) return v;
        return Math.ulp(v);
    }

    @PyMethod
    public static boolean isfinite(PyObject x) { return Double.isFinite(real(x)); }

    @PyMethod
    public static boolean isinf(PyObject x) { return Double.isInfinite(real(x)); }

    @PyMethod
    public static boolean isnan(PyObject x) { return Double.isNaN(real(x)); }

    @PyMethod
    public static boolean isclose(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 2) throw PyErr.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
        PyObject[] a = new PyObject[4];
        System.arraycopy(args, 0, a, 0, npos);
        String[] names = {"a", "b", "rel_tol", "abs_tol"};
        for (int k = 0; k < nkw; k++) {
            int idx = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (idx < 0) throw PyErr.typeError("'%s' is an invalid keyword argument for isclose()", kwnames[k]);
            if (a[idx] != null) {
                throw PyErr.typeError("argument for isclose() given by name ('%s') and position (%d)", kwnames[k], idx + 1);
            }
            a[idx] = args[npos + k];
        }
        for (int k = 0; k < 2; k++) {
            if (a[k] == null) throw PyErr.typeError("isclose() missing required argument '%s' (pos %d)", names[k], k + 1);
        }
        double x = real(a[0]), y = real(a[1]);
        double relTol = a[2] == null ? 1e-09 : real(a[2]);
        double absTol = a[3] == null ? 0.0 : real(a[3]);
        if (relTol < 0.0 || absTol < 0.0) throw PyErr.valueError("tolerances must be non-negative");
        if (x == y) return true;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
        double diff = Math.abs(y - x);
        return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
    }

    // ---- sums, products, norms -----------------------------------------------------------

    @PyMethod
    public static double fsum(PyObject seq) {
        PyObject it = Abstract.iter(seq);
        double[] values = new double[16];
        int n = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (n == values.length) values = java.util.Arrays.copyOf(values, n * 2);
            values[n++] = real(item);
        }
        return FloatMath.fsum(values, n);
    }

    @PyMethod
    public static PyObject prod(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 1) throw PyErr.typeError("prod() takes exactly 1 positional argument (%d given)", npos);
        PyObject result = PyInt.ONE;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("start")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for prod()", kwnames[k]);
            }
            result = args[npos + k];
        }
        PyObject it = Abstract.iter(args[0]);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (result instanceof PyInt a && item instanceof PyInt b && a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
                result = PyInt.mul(a, b);
            } else if (result instanceof PyFloat a && item instanceof PyFloat b && a.type == PyFloat.TYPE
                    && b.type == PyFloat.TYPE) {
                result = PyFloat.of(a.value * b.value);
            } else {
                result = Abstract.binaryOp(result, item, BinaryOp.MUL);
            }
        }
        return result;
    }

    /** The norm of |values| with CPython's special cases: any infinity gives inf, else any NaN gives nan. */
    private static double vectorNorm(double[] v, int n) {
        boolean nan = false;
        for (int k = 0; k < n; k++) {
            double a = Math.abs(v[k]);
            if (Double.isInfinite(a)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(a)) nan = true;
            v[k] = a;
        }
        return nan ? Double.NaN : FloatMath.norm(v, n);
    }

    @PyMethod
    public static double hypot(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("hypot() takes no keyword arguments");
        double[] v = new double[args.length];
        for (int k = 0; k < args.length; k++) v[k] = real(args[k]);
        return vectorNorm(v, v.length);
    }

    @PyMethod
    public static double dist(PyObject p, PyObject q) {
        PyObject[] a = Abstract.toArray(p);
        PyObject[] b = Abstract.toArray(q);
        if (a.length != b.length) throw PyErr.valueError("both points must have the same number of dimensions");
        double[] v = new double[a.length];
        for (int k = 0; k < a.length; k++) v[k] = real(a[k]) - real(b[k]);
        return vectorNorm(v, v.length);
    }

    // ---- special functions -------------------------------------------------------------

    @PyMethod
    public static double gamma(PyObject x) {
        double v = real(x);
        double r = FloatMath.gamma(v);
        if (Double.isNaN(r) && !Double.isNaN(v)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(v)) throw rangeError();
        return r;
    }

    @PyMethod
    public static double lgamma(PyObject x) {
        double v = real(x);
        double r = FloatMath.lgamma(v);
        if (Double.isInfinite(r) && Double.isFinite(v)) {
            throw v <= 0 && v == Math.rint(v) ? domainError() : rangeError();
        }
        return r;
    }

    @PyMethod public static double erf(PyObject x) { return math1(x, FloatMath::erf, false); }
    @PyMethod public static double erfc(PyObject x) { return math1(x, FloatMath::erfc, false); }

    // ---- integer functions -------------------------------------------------------------

    @PyMethod
    public static PyObject factorial(PyObject n) {
        PyInt i = Abstract.index(n);
        if (i.signum() < 0) throw PyErr.valueError("factorial() not defined for negative values");
        if (i.big != null) throw PyErr.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        return PyInt.of(product(1, i.value));
    }

    /** lo * (lo+1) * ... * hi (1 when empty), by splitting the range in halves. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long k = lo; k <= hi; k++) {
                if (acc != 0 && Math.abs(acc) < (1L << 31) && k < (1L << 31)) {
                    acc *= k;
                } else {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = k;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1) for a big n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) return BigInteger.ONE;
        if (k == 1) return n;
        long half = k / 2;
        return fallingProduct(n, half).multiply(fallingProduct(n.subtract(BigInteger.valueOf(half)), k - half));
    }

    @PyMethod
    public static PyObject comb(PyObject n, PyObject k) {
        PyInt ni = Abstract.index(n), ki = Abstract.index(k);
        if (ni.signum() < 0) throw PyErr.valueError("n must be a non-negative integer");
        if (ki.signum() < 0) throw PyErr.valueError("k must be a non-negative integer");
        if (PyInt.compare(ki, ni) > 0) return PyInt.ZERO;
        PyInt rest = PyInt.sub(ni, ki);
        PyInt m = PyInt.compare(ki, rest) < 0 ? ki : rest;
        if (m.big != null) throw PyErr.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        long kk = m.value;
        if (kk == 0) return PyInt.ONE;
        BigInteger nn = ni.toBig();
        if (kk == 1) return PyInt.of(nn);
        return PyInt.of(fallingProduct(nn, kk).divide(product(1, kk)));
    }

    @PyMethod(optional = 1)
    public static PyObject perm(PyObject n, PyObject k) {
        if (k == null || k == PyNone.NONE) return factorial(n);
        PyInt ni = Abstract.index(n), ki = Abstract.index(k);
        if (ni.signum() < 0) throw PyErr.valueError("n must be a non-negative integer");
        if (ki.signum() < 0) throw PyErr.valueError("k must be a non-negative integer");
        if (PyInt.compare(ki, ni) > 0) return PyInt.ZERO;
        if (ki.big != null) throw PyErr.overflowError("k must not exceed %d", Long.MAX_VALUE);
        return PyInt.of(fallingProduct(ni.toBig(), ki.value));
    }

    @PyMethod
    public static PyObject isqrt(PyObject n) {
        PyInt i = Abstract.index(n);
        if (i.signum() < 0) throw PyErr.valueError("isqrt() argument must be nonnegative");
        if (i.big == null) {
            long r = (long) Math.sqrt((double) i.value);
            while (r * r > i.value) r--;
            while ((r + 1) * (r + 1) <= i.value && (r + 1) * (r + 1) > 0) r++;
            return PyInt.of(r);
        }
        return PyInt.of(i.big.sqrt());
    }

    @PyMethod
    public static PyObject gcd(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("gcd() takes no keyword arguments");
        long small = 0;
        BigInteger g = null;
        for (PyObject a : args) {
            PyInt x = Abstract.index(a);
            if (g == null && x.big == null && x.value != Long.MIN_VALUE && small != Long.MIN_VALUE) {
                long p = Math.abs(small), q = Math.abs(x.value);
                while (q != 0) {
                    long t = p % q;
                    p = q;
                    q = t;
                }
                small = p;
            } else {
                if (g == null) g = BigInteger.valueOf(small);
                g = g.gcd(x.toBig());
            }
        }
        return g == null ? PyInt.of(small) : PyInt.of(g);
    }

    @PyMethod
    public static PyObject lcm(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("lcm() takes no keyword arguments");
        BigInteger l = BigInteger.ONE;
        for (PyObject a : args) {
            BigInteger x = Abstract.index(a).toBig();
            if (l.signum() == 0) continue;
            if (x.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(x)).multiply(x).abs();
        }
        return PyInt.of(l);
    }
}
