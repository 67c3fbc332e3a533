package org.gilpy.modules;

import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.FloatMath;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code cmath} module of CPython 3.11. Finite arguments go through the numerically
 * careful formulas (Kahan's branch cuts for sqrt, acos, acosh, asinh, atanh; scaling near
 * overflow and underflow); an argument with an infinite or NaN part is answered from a
 * table of C99 Annex G special values, one per function, indexed by the classes of the
 * real and imaginary parts (see {@link #SPECIAL}). Errors follow CPython: ValueError
 * "math domain error" where C sets EDOM, OverflowError "math range error" for ERANGE.
 */
public final class CmathModule {
    private CmathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        TypeBuilder.moduleFunctions(CmathModule.class, m).forEach(m::put);
        m.put("pi", PyFloat.of(Math.PI));
        m.put("e", PyFloat.of(Math.E));
        m.put("tau", PyFloat.of(2 * Math.PI));
        m.put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.put("infj", PyComplex.of(0.0, Double.POSITIVE_INFINITY));
        m.put("nan", PyFloat.of(Double.NaN));
        m.put("nanj", PyComplex.of(0.0, Double.NaN));
        return m;
    }

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(Double.MAX_VALUE) - Math.log(2.0);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;

    private static PyException domain() { return PyErr.valueError("math domain error"); }
    private static PyException range() { return PyErr.overflowError("math range error"); }

    /** A complex result as two doubles. */
    record C(double re, double im) {}

    // ---- special values ----------------------------------------------------------------

    /**
     * Results for arguments with a non-finite part: SPECIAL.get(f)[class of real part]
     * holds 7 two-letter cells, one per class of the imaginary part. Classes, in order:
     * -inf, negative finite, -0, +0, positive finite, +inf, nan. Letters: I/i = +/-inf,
     * Z/z = +/-0, N = nan, P/p = +/-pi, H/h = +/-pi/2, Q/q = +/-pi/4, T/t = +/-3pi/4,
     * O/o = +/-1; "VE" raises ValueError; "XX" depends on the finite part (computed).
     * The cells were read off CPython 3.11 at each class (two values per finite class).
     */
    static final Map<String, String[]> SPECIAL = Map.ofEntries(
        Map.entry("exp", new String[] {"ZZXXZzZZXXZZZZ", "VEXXXXXXXXVENN", "VEXXOzOZXXVENN", "VEXXOzOZXXVENN", "VEXXXXXXXXVENN", "VEXXIzIZXXVEIN", "NNNNNzNZNNNNNN"}),
        Map.entry("log", new String[] {"ItIpIpIPIPITIN", "IhXXXXXXXXIHNN", "IhXXVEVEXXIHNN", "IhXXVEVEXXIHNN", "IhXXXXXXXXIHNN", "IqIzIzIZIZIQIN", "INNNNNNNNNINNN"}),
        Map.entry("sqrt", new String[] {"IiZiZiZIZIIINI", "IiXXXXXXXXIINN", "IiXXZzZZXXIINN", "IiXXZzZZXXIINN", "IiXXXXXXXXIINN", "IiIzIzIZIZIIIN", "IiNNNNNNNNIINN"}),
        Map.entry("acos", new String[] {"TIPIPIPiPiTiNI", "HIXXXXXXXXHiNN", "HIXXHZHzXXHiHN", "HIXXHZHzXXHiHN", "HIXXXXXXXXHiNN", "QIZIZIZiZiQiNI", "NINNNNNNNNNiNN"}),
        Map.entry("acosh", new String[] {"ItIpIpIPIPITIN", "IhXXXXXXXXIHNN", "IhXXZhZHXXIHNN", "IhXXZhZHXXIHNN", "IhXXXXXXXXIHNN", "IqIzIzIZIZIQIN", "INNNNNNNNNINNN"}),
        Map.entry("asinh", new String[] {"iqiziziZiZiQiN", "ihXXXXXXXXiHNN", "ihXXzzzZXXiHNN", "IhXXZzZZXXIHNN", "IhXXXXXXXXIHNN", "IqIzIzIZIZIQIN", "INNNNzNZNNINNN"}),
        Map.entry("atanh", new String[] {"zhzhzhzHzHzHzN", "zhXXXXXXXXzHNN", "zhXXzzzZXXzHzN", "ZhXXZzZZXXZHZN", "ZhXXXXXXXXZHNN", "ZhZhZhZHZHZHZN", "ZhNNNNNNNNZHNN"}),
        Map.entry("cosh", new String[] {"VEXXIZIzXXVEIN", "VEXXXXXXXXVENN", "VEXXOZOzXXVENZ", "VEXXOzOZXXVENZ", "VEXXXXXXXXVENN", "VEXXIzIZXXVEIN", "NNNNNZNZNNNNNN"}),
        Map.entry("sinh", new String[] {"VEXXiziZXXVEIN", "VEXXXXXXXXVENN", "VEXXzzzZXXVEZN", "VEXXZzZZXXVEZN", "VEXXXXXXXXVENN", "VEXXIzIZXXVEIN", "NNNNNzNZNNNNNN"}),
        Map.entry("tanh", new String[] {"oZXXozoZXXoZoZ", "VEXXXXXXXXVENN", "VEXXzzzZXXVENN", "VEXXZzZZXXVENN", "VEXXXXXXXXVENN", "OZXXOzOZXXOZOZ", "NNNNNzNZNNNNNN"}),
        Map.entry("rect", new String[] {"VEXXiZizXXVEIN", "VEXXXXXXXXVENN", "ZZXXzZzzXXZZZZ", "ZZXXZzZZXXZZZZ", "VEXXXXXXXXVENN", "VEXXIzIZXXVEIN", "NNNNNZNZNNNNNN"}));

    private static int cls(double v) {
        if (Double.isNaN(v)) return 6;
        if (v == Double.NEGATIVE_INFINITY) return 0;
        if (v == Double.POSITIVE_INFINITY) return 5;
        if (v == 0) return Math.copySign(1.0, v) < 0 ? 2 : 3;
        return v < 0 ? 1 : 4;
    }

    private static double letter(char c) {
        return switch (c) {
            case 'I' -> Double.POSITIVE_INFINITY;
            case 'i' -> Double.NEGATIVE_INFINITY;
            case 'Z' -> 0.0;
            case 'z' -> -0.0;
            case 'P' -> Math.PI;
            case 'p' -> -Math.PI;
            case 'H' -> Math.PI / 2;
            case 'h' -> -Math.PI / 2;
            case 'Q' -> Math.PI / 4;
            case 'q' -> -Math.PI / 4;
            case 'T' -> 0.75 * Math.PI;
            case 't' -> -0.75 * Math.PI;
            case 'O' -> 1.0;
            case 'o' -> -1.0;
            default -> Double.NaN;
        };
    }

    /** The table's answer for f at (x, y), or null when the cell says "compute it". */
    private static C special(String f, double x, double y) {
        String cell = SPECIAL.get(f)[cls(x)].substring(2 * cls(y), 2 * cls(y) + 2);
        if (cell.equals("VE")) throw domain();
        if (cell.equals("XX")) return null;
        return new C(letter(cell.charAt(0)), letter(cell.charAt(1)));
    }

    private static boolean finite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    // ---- argument conversion ---------------------------------------------------------

    /** A complex argument: complex, __complex__, or anything float() accepts. */
    static C arg(PyObject o) {
        if (o instanceof PyComplex c) return new C(c.real, c.imag);
        PyObject f = o.type.lookup("__complex__");
        if (f != null) {
            PyObject r = Abstract.callUnbound(f, o, new PyObject[0], null);
            if (!(r instanceof PyComplex c)) {
                throw PyErr.typeError("__complex__ returned non-complex (type %s)", r.type.tpName());
            }
            return new C(c.real, c.imag);
        }
        return new C(PyFloat.asDouble(o), 0.0);
    }

    private static PyObject box(C c) {
        return PyComplex.of(c.re, c.im);
    }

    // ---- the functions -----------------------------------------------------------------

    static C sqrt(double x, double y) {
        if (!finite(x, y)) return special("sqrt", x, y);
        if (x == 0 && y == 0) return new C(0.0, y);
        double ax = Math.abs(x), ay = Math.abs(y), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot(ax, ay) would be subnormal: scale up first
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + FloatMath.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + FloatMath.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0 ? new C(s, Math.copySign(d, y)) : new C(d, Math.copySign(s, y));
    }

    static C exp(double x, double y) {
        if (!finite(x, y)) {
            C r = special("exp", x, y);
            if (r != null) return r;
            double c = Math.cos(y), s = Math.sin(y);
            return x > 0 ? new C(Math.copySign(Double.POSITIVE_INFINITY, c), Math.copySign(Double.POSITIVE_INFINITY, s))
                    : new C(Math.copySign(0.0, c), Math.copySign(0.0, s));
        }
        double re, im;
        if (x > LOG_LARGE) {
            double l = Math.exp(x - 1.0);
            re = l * Math.cos(y) * Math.E;
            im = l * Math.sin(y) * Math.E;
        } else {
            double l = Math.exp(x);
            re = l * Math.cos(y);
            im = l * Math.sin(y);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C log(double x, double y) {
        return log(x, y, true);
    }

    /** log; for zero, raises or (raise false) returns -inf + i*atan2(y, x) as C's clog does. */
    static C log(double x, double y, boolean raise) {
        if (!finite(x, y)) return special("log", x, y);
        double ax = Math.abs(x), ay = Math.abs(y), re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(FloatMath.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                if (raise) throw domain();
                return new C(Double.NEGATIVE_INFINITY, FloatMath.atan2(y, x));
            }
            re = Math.log(FloatMath.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = FloatMath.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, FloatMath.atan2(y, x));
    }

    static C acos(double x, double y) {
        if (!finite(x, y)) return special("acos", x, y);
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = FloatMath.atan2(Math.abs(y), x);
            double l = Math.log(FloatMath.hypot(x / 2.0, y / 2.0)) + 2 * LN2;
            return new C(re, x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y));
        }
        C s1 = sqrt(1.0 - x, -y), s2 = sqrt(1.0 + x, y);
        return new C(2.0 * FloatMath.atan2(s1.re, s2.re), FloatMath.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(double x, double y) {
        if (!finite(x, y)) return special("acosh", x, y);
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new C(Math.log(FloatMath.hypot(x / 2.0, y / 2.0)) + 2 * LN2, FloatMath.atan2(y, x));
        }
        C s1 = sqrt(x - 1.0, y), s2 = sqrt(x + 1.0, y);
        return new C(FloatMath.asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * FloatMath.atan2(s1.im, s2.re));
    }

    static C asinh(double x, double y) {
        if (!finite(x, y)) return special("asinh", x, y);
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(FloatMath.hypot(x / 2.0, y / 2.0)) + 2 * LN2;
            double re = y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x);
            return new C(re, FloatMath.atan2(y, Math.abs(x)));
        }
        C s1 = sqrt(1.0 + y, -x), s2 = sqrt(1.0 - y, x);
        return new C(FloatMath.asinh(s1.re * s2.im - s2.re * s1.im),
                FloatMath.atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    static C atanh(double x, double y) {
        if (!finite(x, y)) return special("atanh", x, y);
        if (x < 0) {
            C r = atanh(-x, -y);
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = FloatMath.hypot(x / 2.0, y / 2.0);
            return new C(x / 4.0 / h / h, -Math.copySign(Math.PI / 2, -y));
        }
        if (x == 1.0 && ay < SQRT_MIN) {
            if (ay == 0) throw domain();
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(FloatMath.hypot(ay, 2.0))),
                    Math.copySign(FloatMath.atan2(2.0, -ay) / 2, y));
        }
        return new C(Math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                -FloatMath.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    static C cosh(double x, double y) {
        if (!finite(x, y)) {
            C r = special("cosh", x, y);
            if (r != null) return r;
            double c = Math.cos(y), s = Math.sin(y);
            return new C(Math.copySign(Double.POSITIVE_INFINITY, c),
                    Math.copySign(Double.POSITIVE_INFINITY, s) * Math.copySign(1.0, x));
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * Math.cosh(xm1) * Math.E;
            im = Math.sin(y) * Math.sinh(xm1) * Math.E;
        } else {
            re = Math.cos(y) * Math.cosh(x);
            im = Math.sin(y) * Math.sinh(x);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C sinh(double x, double y) {
        if (!finite(x, y)) {
            C r = special("sinh", x, y);
            if (r != null) return r;
            double c = Math.cos(y), s = Math.sin(y);
            return new C(Math.copySign(Double.POSITIVE_INFINITY, c) * Math.copySign(1.0, x),
                    Math.copySign(Double.POSITIVE_INFINITY, s));
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * Math.sinh(xm1) * Math.E;
            im = Math.sin(y) * Math.cosh(xm1) * Math.E;
        } else {
            re = Math.cos(y) * Math.sinh(x);
            im = Math.sin(y) * Math.cosh(x);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new C(re, im);
    }

    static C tanh(double x, double y) {
        if (!finite(x, y)) {
            C r = special("tanh", x, y);
            if (r != null) return r;
            return new C(Math.copySign(1.0, x), Math.copySign(0.0, 2.0 * Math.sin(y) * Math.cos(y)));
        }
        if (Math.abs(x) > LOG_LARGE) {
            return new C(Math.copySign(1.0, x), 4.0 * Math.sin(y) * Math.cos(y) * Math.exp(-2.0 * Math.abs(x)));
        }
        double tx = Math.tanh(x), ty = Math.tan(y), cx = 1.0 / Math.cosh(x);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return new C(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** -i * f(i z): how asin, atan, sin and tan come from asinh, atanh, sinh and tanh. */
    private static C rotated(C r) {
        return new C(r.im, -r.re);
    }

    @PyMethod public static PyObject sqrt(PyObject z) { C c = arg(z); return box(sqrt(c.re, c.im)); }
    @PyMethod public static PyObject exp(PyObject z) { C c = arg(z); return box(exp(c.re, c.im)); }
    @PyMethod public static PyObject acos(PyObject z) { C c = arg(z); return box(acos(c.re, c.im)); }
    @PyMethod public static PyObject acosh(PyObject z) { C c = arg(z); return box(acosh(c.re, c.im)); }
    @PyMethod public static PyObject asinh(PyObject z) { C c = arg(z); return box(asinh(c.re, c.im)); }
    @PyMethod public static PyObject atanh(PyObject z) { C c = arg(z); return box(atanh(c.re, c.im)); }
    @PyMethod public static PyObject cosh(PyObject z) { C c = arg(z); return box(cosh(c.re, c.im)); }
    @PyMethod public static PyObject sinh(PyObject z) { C c = arg(z); return box(sinh(c.re, c.im)); }
    @PyMethod public static PyObject tanh(PyObject z) { C c = arg(z); return box(tanh(c.re, c.im)); }
    @PyMethod public static PyObject asin(PyObject z) { C c = arg(z); return box(rotated(asinh(-c.im, c.re))); }
    @PyMethod public static PyObject atan(PyObject z) { C c = arg(z); return box(rotated(atanh(-c.im, c.re))); }
    @PyMethod public static PyObject sin(PyObject z) { C c = arg(z); return box(rotated(sinh(-c.im, c.re))); }
    @PyMethod public static PyObject tan(PyObject z) { C c = arg(z); return box(rotated(tanh(-c.im, c.re))); }
    @PyMethod public static PyObject cos(PyObject z) { C c = arg(z); return box(cosh(-c.im, c.re)); }

    @PyMethod
    public static PyObject log10(PyObject z) {
        C c = arg(z);
        C r = log(c.re, c.im);
        return PyComplex.of(r.re / LN10, r.im / LN10);
    }

    /** log(z[, base]): the quotient of two logs. As in CPython, only the base's log and the
     * division report errors when a base is given (log(0, 2) is -inf+nanj). */
    @PyMethod(optional = 1)
    public static PyObject log(PyObject z, PyObject base) {
        C c = arg(z);
        C r = log(c.re, c.im, base == null);
        if (base == null) return box(r);
        C b = arg(base);
        C lb = log(b.re, b.im);
        if (lb.re == 0 && lb.im == 0) throw domain();
        return PyComplex.div(r.re, r.im, lb.re, lb.im);
    }

    @PyMethod
    public static double phase(PyObject z) {
        C c = arg(z);
        return FloatMath.atan2(c.im, c.re);
    }

    @PyMethod
    public static PyObject polar(PyObject z) {
        C c = arg(z);
        double r = FloatMath.hypot(c.re, c.im);
        if (Double.isInfinite(r) && finite(c.re, c.im)) throw range();
        return PyTuple.of(PyFloat.of(r), PyFloat.of(FloatMath.atan2(c.im, c.re)));
    }

    @PyMethod
    public static PyObject rect(PyObject rArg, PyObject phiArg) {
        double r = PyFloat.asDouble(rArg), phi = PyFloat.asDouble(phiArg);
        if (!finite(r, phi)) {
            C s = special("rect", r, phi);
            if (s != null) return box(s);
            return PyComplex.of(r * Math.cos(phi), r * Math.sin(phi));
        }
        if (phi == 0.0) return PyComplex.of(r, r * phi);
        return PyComplex.of(r * Math.cos(phi), r * Math.sin(phi));
    }

    @PyMethod
    public static boolean isfinite(PyObject z) {
        C c = arg(z);
        return finite(c.re, c.im);
    }

    @PyMethod
    public static boolean isinf(PyObject z) {
        C c = arg(z);
        return Double.isInfinite(c.re) || Double.isInfinite(c.im);
    }

    @PyMethod
    public static boolean isnan(PyObject z) {
        C c = arg(z);
        return Double.isNaN(c.re) || Double.isNaN(c.im);
    }

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as math.isclose but on |a - b|. */
    @PyMethod
    public static boolean isclose(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 2) throw PyErr.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
        PyObject[] a = ArgParser.parse("isclose", args, kwnames, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
        C x = arg(a[0]), y = arg(a[1]);
        double rel = a[2] == null ? 1e-09 : PyFloat.asDouble(a[2]);
        double abs = a[3] == null ? 0.0 : PyFloat.asDouble(a[3]);
        if (rel < 0.0 || abs < 0.0) throw PyErr.valueError("tolerances must be non-negative");
        if (x.re == y.re && x.im == y.im) return true;
        if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) {
            return false;
        }
        double diff = FloatMath.hypot(x.re - y.re, x.im - y.im);
        return diff <= rel * FloatMath.hypot(y.re, y.im) || diff <= rel * FloatMath.hypot(x.re, x.im) || diff <= abs;
    }
}
