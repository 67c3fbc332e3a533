package org.gilpy.objects;

import java.math.BigInteger;

/**
 * Floating-point functions whose result must match CPython to the last bit where a
 * plain {@link Math} call would not: Euclidean norms computed exactly and rounded once
 * ({@code abs(complex)}, {@code math.hypot}, {@code math.dist}), Shewchuk's exact
 * summation ({@code math.fsum}), the special functions gamma, lgamma, erf, erfc, the
 * inverse hyperbolic functions, and (through {@link FloatDD}) correctly rounded atan,
 * asin, acos, atan2 and log2.
 */
public final class FloatMath {
    private FloatMath() {}

    /** sqrt(x*x + y*y) correctly rounded, without overflow or underflow on the way. */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        x = Math.abs(x);
        y = Math.abs(y);
        if (x == 0.0) return y;
        if (y == 0.0) return x;
        return norm(new double[] {x, y}, 2);
    }

    /**
     * The Euclidean norm of the first n values (finite, non-negative), correctly rounded:
     * the sum of squares is formed exactly as an integer times a power of two, and its
     * square root rounded once.
     */
    public static double norm(double[] v, int n) {
        double max = 0.0;
        for (int k = 0; k < n; k++) max = Math.max(max, v[k]);
        if (max == 0.0) return 0.0;
        // fast: squares summed exactly enough in double-double (scaled to stay in range),
        // then the square root rounded, unless it sits too close to a rounding boundary
        int scale = -Math.getExponent(max);
        if (scale > -500 && scale < 500) scale = 0;
        FloatDD.DD sum = new FloatDD.DD(0.0, 0.0);
        for (int k = 0; k < n; k++) {
            double x = scale == 0 ? v[k] : Math.scalb(v[k], scale);
            sum = FloatDD.add(sum, FloatDD.product(x, x));
        }
        FloatDD.DD root = FloatDD.sqrt(sum);
        double err = Math.abs(root.hi()) * 0x1p-90;
        double a = root.hi() + (root.lo() + err), b = root.hi() + (root.lo() - err);
        if (a == b && !Double.isInfinite(a)) {
            double r = scale == 0 ? a : Math.scalb(a, -scale);
            if (scale == 0 || (Math.getExponent(r) > Double.MIN_EXPONENT && !Double.isInfinite(r))) return r;
        }
        return exactNorm(v, n);
    }

    private static double exactNorm(double[] v, int n) {
        int minExp = Integer.MAX_VALUE;
        long[] mant = new long[n];
        int[] exp = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            double d = v[k];
            if (d == 0.0) continue;
            long bits = Double.doubleToRawLongBits(d);
            int e = (int) ((bits >>> 52) & 0x7ff);
            long m = bits & ((1L << 52) - 1);
            if (e == 0) e = 1; else m |= 1L << 52;
            e -= 1075;                                   // d = m * 2**e
            int tz = Long.numberOfTrailingZeros(m);
            m >>= tz;
            e += tz;
            mant[count] = m;
            exp[count] = e;
            count++;
            minExp = Math.min(minExp, e);
        }
        if (count == 0) return 0.0;
        if (count == 1) return Math.scalb((double) mant[0], exp[0]);
        BigInteger sum = BigInteger.ZERO;                // sum of m**2 * 2**(2*(e - minExp))
        for (int k = 0; k < count; k++) {
            BigInteger m = BigInteger.valueOf(mant[k]);
            sum = sum.add(m.multiply(m).shiftLeft(2 * (exp[k] - minExp)));
        }
        // sqrt(sum) * 2**minExp: scale sum by 4**s so its root has at least 56 bits
        int s = Math.max(0, (112 - sum.bitLength()) / 2 + 1);
        BigInteger scaled = sum.shiftLeft(2 * s);
        BigInteger root = scaled.sqrt();
        boolean inexact = !root.multiply(root).equals(scaled);
        return IntMath.scaledToDouble(root, inexact, (long) minExp - s);
    }

    // ---- exact summation --------------------------------------------------------------

    /**
     * {@code math.fsum}: Shewchuk's algorithm keeping non-overlapping partial sums, then a
     * correctly rounded total (ties to even). Infinities and NaNs are summed apart;
     * ValueError "-inf + inf in fsum" when they cancel, OverflowError "intermediate
     * overflow in fsum" when finite values overflow.
     */
    public static double fsum(double[] values, int n) {
        double[] partials = new double[32];
        int np = 0;
        double special = 0.0, infSum = 0.0;
        for (int k = 0; k < n; k++) {
            double x = values[k];
            double xsave = x;
            int i = 0;
            for (int j = 0; j < np; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            np = i;
            if (x != 0.0) {
                if (Double.isInfinite(x) || Double.isNaN(x)) {
                    // a NaN or infinity among the inputs, or finite values overflowing
                    if (!Double.isInfinite(xsave) && !Double.isNaN(xsave)) {
                        throw PyErr.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    special += xsave;
                    np = 0;
                } else {
                    if (np == partials.length) partials = java.util.Arrays.copyOf(partials, np * 2);
                    partials[np++] = x;
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) throw PyErr.valueError("-inf + inf in fsum");
            return special;
        }
        double hi = 0.0;
        if (np > 0) {
            hi = partials[--np];
            double lo = 0.0;
            while (np > 0) {
                double x = hi;
                double y = partials[--np];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // round half to even when the rest of the partials tip the tie
            if (np > 0 && ((lo < 0.0 && partials[np - 1] < 0.0) || (lo > 0.0 && partials[np - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    // ---- correctly rounded where glibc is (see FloatDD) -----------------------------------

    public static double atan(double x) { return FloatDD.atan(x); }

    public static double asin(double x) { return FloatDD.asin(x); }

    public static double acos(double x) { return FloatDD.acos(x); }

    public static double atan2(double y, double x) { return FloatDD.atan2(y, x); }

    public static double log2(double x) { return FloatDD.log2(x); }

    // ---- inverse hyperbolic functions (Java has none) ----------------------------------

    private static final double LN2 = 0.6931471805599453;

    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) return x;
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double a2 = a * a;
            r = Math.log1p(a + a2 / (1.0 + Math.sqrt(1.0 + a2)));
        }
        return Math.copySign(r, x);
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1.0) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1.0) return Double.NaN;
        if (a == 1.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (a < 0x1p-28) return x;
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    // ---- gamma and lgamma -------------------------------------------------------------
    //
    // Near 1 both come from the series log(gamma(1+z)) = -log(1+z) + z(1 - euler) +
    // sum_k (-1)**k (zeta(k) - 1) z**k / k, |z| <= 1/2 (Abramowitz & Stegun 6.1.33),
    // whose terms shrink like (z/2)**k. Elsewhere gamma(x + 1) = x gamma(x) moves the
    // argument there, the factors multiplied in double-double so they cost no accuracy;
    // lgamma of large arguments uses Stirling's series, negative arguments the reflection
    // formula.

    /** 0! .. 22!, all exact doubles: gamma at the integers 1..23. */
    private static final double[] FACTORIALS = new double[23];
    /** (zeta(k) - 1) / k * (-1)**k for k = 2..SERIES_TERMS+1. */
    private static final double[] ZETA_TERMS = new double[40];
    /** B(2k) / (2k (2k-1)) for k = 1..9: the coefficients of Stirling's series. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
        -3617.0 / 122400, 43867.0 / 244188,
    };
    private static final double EULER_GAMMA = 0.5772156649015329;
    private static final double HALF_LOG_2PI = 0.9189385332046728;

    static {
        FACTORIALS[0] = 1.0;
        for (int i = 1; i < FACTORIALS.length; i++) FACTORIALS[i] = FACTORIALS[i - 1] * i;
        for (int i = 0; i < ZETA_TERMS.length; i++) {
            int k = i + 2;
            double z = zetaMinusOne(k) / k;
            ZETA_TERMS[i] = (k & 1) == 0 ? z : -z;
        }
    }

    /**
     * zeta(k) - 1 = sum over n >= 2 of n**-k: the first terms summed (smallest first),
     * the tail from N = 100 on by Euler-Maclaurin (its first omitted term is below 1e-19).
     */
    private static double zetaMinusOne(int k) {
        final int n = 100;
        double tail = Math.pow(n, 1 - k) / (k - 1) + 0.5 * Math.pow(n, -k)
                + k / 12.0 * Math.pow(n, -k - 1) - k * (k + 1.0) * (k + 2.0) / 720.0 * Math.pow(n, -k - 3)
                + k * (k + 1.0) * (k + 2.0) * (k + 3.0) * (k + 4.0) / 30240.0 * Math.pow(n, -k - 5);
        double sum = tail;
        for (int i = n - 1; i >= 2; i--) sum += Math.pow(i, -k);
        return sum;
    }

    /** log(gamma(1 + z)) for |z| <= 1/2. */
    private static double lgamma1p(double z) {
        double sum = 0.0, p = z * z;
        double[] terms = new double[ZETA_TERMS.length];
        int n = 0;
        for (int i = 0; i < ZETA_TERMS.length; i++) {
            terms[n++] = ZETA_TERMS[i] * p;
            if (Math.abs(terms[n - 1]) < 1e-19 * Math.abs(z)) break;
            p *= z;
        }
        for (int i = n - 1; i >= 0; i--) sum += terms[i];    // smallest first
        return sum + z * (1.0 - EULER_GAMMA) - Math.log1p(z);
    }

    /** The tail of Stirling's series for x >= 10: lgamma(x) minus its leading terms. */
    private static double stirlingTail(double x) {
        double x2 = 1.0 / (x * x), sum = 0.0;
        for (int k = STIRLING.length - 1; k >= 0; k--) sum = sum * x2 + STIRLING[k];
        return sum / x;
    }

    /** sin(pi * x), exact at the integers and half-integers. */
    private static double sinPi(double x) {
        double r = x % 2.0;                              // exact, in (-2, 2)
        double a = Math.abs(r);
        double s;
        if (a <= 0.25) s = Math.sin(Math.PI * a);
        else if (a <= 0.75) s = Math.cos(Math.PI * (a - 0.5));
        else if (a <= 1.25) s = Math.sin(Math.PI * (1.0 - a));
        else if (a <= 1.75) s = -Math.cos(Math.PI * (a - 1.5));
        else s = -Math.sin(Math.PI * (2.0 - a));
        return r < 0 ? -s : s;
    }

    /**
     * For x >= 1/2: moves x into [1/2, 3/2) by gamma(x + 1) = x gamma(x), returning the
     * reduced argument in out[0] and the product of the factors taken off as a
     * double-double in out[1] + out[2] (x >= 3/2: gamma(x) = gamma(y) * prod).
     */
    private static void reduce(double x, double[] out) {
        double y = x, hi = 1.0, lo = 0.0;
        while (y >= 1.5) {
            y -= 1.0;                                    // exact below 2**52
            double p = hi * y;
            double e = Math.fma(hi, y, -p) + lo * y;
            hi = p + e;
            lo = e - (hi - p);
        }
        out[0] = y;
        out[1] = hi;
        out[2] = lo;
    }

    /**
     * The gamma function; NaN at the poles (0 and the negative integers) and -inf, infinity
     * on overflow (the caller turns these into CPython's errors).
     */
    public static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? x : Double.NaN;
        if (x == Math.rint(x)) {
            if (x <= 0) return Double.NaN;
            if (x <= FACTORIALS.length) return FACTORIALS[(int) x - 1];
        }
        if (x >= 171.62437695630272) return Double.POSITIVE_INFINITY;
        if (x < 0.5) {
            // reflection: gamma(x) gamma(1 - x) = pi / sin(pi x)
            double g = gamma(1.0 - x);
            double s = sinPi(x);
            if (Double.isInfinite(g)) return Math.copySign(0.0, s);
            return Math.PI / (s * g);
        }
        double[] r = new double[3];
        reduce(x, r);
        double g = Math.exp(lgamma1p(r[0] - 1.0));
        double p = g * r[1];
        return p + (Math.fma(g, r[1], -p) + g * r[2]);
    }

    /** log|gamma(x)|; infinity at the poles (the caller raises there). */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.rint(x) && x <= 0) return Double.POSITIVE_INFINITY;
        if (x == 1.0 || x == 2.0) return 0.0;
        if (x < 0) {
            // log|gamma(x)| = log(pi / |sin(pi x)|) - log|gamma(1 - x)|
            if (-x < 0x1p-52) return -Math.log(-x);
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1.0 - x);
        }
        if (x < 0.5) return lgamma1p(x) - Math.log(x);
        if (x < 1.5) return lgamma1p(x - 1.0);
        if (x < 2.5) return lgamma1p(x - 2.0) + Math.log1p(x - 2.0);
        if (x < 20.0) {
            double[] r = new double[3];
            reduce(x, r);
            return lgamma1p(r[0] - 1.0) + (Math.log(r[1]) + r[2] / r[1]);
        }
        return (x - 0.5) * (Math.log(x) - 1.0) + HALF_LOG_2PI - 0.5 + stirlingTail(x);
    }

    // ---- error functions ---------------------------------------------------------------

    private static final double SQRT_PI = 1.772453850905516;
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    /** erf(x) by its Taylor series, for |x| < 1/2 (where its alternating terms cancel little). */
    private static double erfSeries(double x) {
        double x2 = x * x, term = x;
        double[] terms = new double[40];
        terms[0] = x;
        int n = 1;
        for (; n < terms.length; n++) {
            term *= -x2 / n;
            terms[n] = term / (2 * n + 1);
            if (Math.abs(terms[n]) < 1e-18 * Math.abs(x)) break;
        }
        double sum = 0.0;
        for (int i = Math.min(n, terms.length - 1); i >= 0; i--) sum += terms[i];   // smallest first
        return TWO_OVER_SQRT_PI * sum;
    }

    /**
     * erfc(x) for x >= 2.5 by Laplace's continued fraction, evaluated from the tail with
     * enough terms for full precision.
     */
    private static double erfcContFrac(double x) {
        if (x >= 30.0) return 0.0;
        double x2 = x * x;
        // sqrt(pi) exp(x^2) erfc(x) = 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
        int terms = (int) Math.min(2000, 40 + 400 / x2);
        double f = x;
        for (int k = terms; k >= 1; k--) f = x + (k / 2.0) / f;
        // exp(-x*x) with the rounding error of x*x put back: x*x = x2 + err exactly
        double err = Math.fma(x, x, -x2);
        return Math.exp(-x2) * (1.0 - err) / SQRT_PI / f;
    }

    /** Below this, erfc comes from 1 - erf with erf's series in double-double; above, from the continued fraction. */
    private static final double ERFC_SPLIT = 2.5;

    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 0.5) return erfSeries(x);
        if (a < ERFC_SPLIT) return FloatDD.erfSeries(x).value();
        double r = 1.0 - erfcContFrac(a);
        return x < 0 ? -r : r;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 0.5) return 1.0 - erfSeries(x);
        if (a < ERFC_SPLIT) return FloatDD.sub(FloatDD.ONE, FloatDD.erfSeries(x)).value();
        double r = erfcContFrac(a);
        return x < 0 ? 2.0 - r : r;
    }
}
