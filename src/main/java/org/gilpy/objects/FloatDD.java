package org.gilpy.objects;

/**
 * Double-double arithmetic (a value is the unevaluated sum {@code hi + lo} with
 * {@code |lo| <= ulp(hi)/2}, about 106 significant bits) and what is built on it: the
 * elementary functions CPython gets correctly rounded from glibc but Java's {@link Math}
 * does not (atan, asin, acos, atan2, log2: Math's are within one ulp, so their last bit
 * would differ from CPython's now and then), and erf's series for erfc's sake. A function
 * is first evaluated to about 68 bits and rounded when that provably decides the result
 * (Ziv's test, {@link #round}); otherwise again to about 100 bits, which leaves wrong
 * roundings too rare to matter.
 */
final class FloatDD {
    private FloatDD() {}

    /** hi + lo. */
    record DD(double hi, double lo) {
        double value() { return hi + lo; }
    }

    static final DD ONE = new DD(1.0, 0.0);
    static final DD PI = new DD(0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53);
    static final DD HALF_PI = new DD(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54);
    static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    static final DD INV_LN2 = new DD(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56);

    // ---- arithmetic ---------------------------------------------------------------------

    /** a + b exactly, for |a| >= |b|. */
    private static DD fastTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    /** a + b exactly. */
    private static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        DD t = twoSum(a.lo, b.lo);
        DD u = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    static DD neg(DD a) {
        return new DD(-a.hi, -a.lo);
    }

    static DD sub(DD a, DD b) {
        double sh = a.hi - b.hi, bb = sh - a.hi;
        double sl = (a.hi - (sh - bb)) - (b.hi + bb);
        sl += a.lo - b.lo;
        double h = sh + sl;
        return new DD(h, sl - (h - sh));
    }

    static DD mul(DD a, DD b) {
        double p = a.hi * b.hi;
        double e = Math.fma(a.hi, b.hi, -p) + (a.hi * b.lo + a.lo * b.hi);
        return fastTwoSum(p, e);
    }

    static DD mul(DD a, double b) {
        double p = a.hi * b;
        double e = Math.fma(a.hi, b, -p) + a.lo * b;
        return fastTwoSum(p, e);
    }

    /** a * b exactly, as a double-double. */
    static DD product(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        // r = a - q1*b: q1*b.hi = p + pe exactly, and a.hi - p is exact (the two are close)
        double p = q1 * b.hi;
        double pe = Math.fma(q1, b.hi, -p);
        double r = (a.hi - p) + ((a.lo - pe) - q1 * b.lo);
        double q2 = r / b.hi;
        double h = q1 + q2;
        return new DD(h, q2 - (h - q1));
    }

    static DD div(DD a, double b) {
        double q1 = a.hi / b;
        double r = Math.fma(-q1, b, a.hi) + a.lo;   // a - q1*b, the product's error included
        return fastTwoSum(q1, r / b);
    }

    static DD sqrt(DD a) {
        if (a.hi <= 0.0) return new DD(Math.sqrt(a.hi), 0.0);
        double x = Math.sqrt(a.hi);
        DD r = sub(a, product(x, x));
        return fastTwoSum(x, r.hi / (2.0 * x));
    }

    // ---- arc tangents -----------------------------------------------------------------------

    /** 1/(2k+1) for k = 0..39, as double-doubles. */
    private static final DD[] INV_ODD = new DD[40];

    private static final double[] INV_ODD_HI = new double[40];

    static {
        for (int k = 0; k < INV_ODD.length; k++) {
            INV_ODD[k] = div(ONE, 2 * k + 1);
            INV_ODD_HI[k] = INV_ODD[k].hi;
        }
    }

    /** atan(k/8) for k = 0..8, from the series (used to shorten the series at run time). */
    private static final DD[] ATAN_EIGHTHS = new DD[9];

    static {
        // halve the argument below 1/8 with atan(t) = 2 atan(t / (1 + sqrt(1 + t*t))), then sum the series
        for (int k = 0; k <= 8; k++) {
            DD t = new DD(k / 8.0, 0.0);
            int doublings = 0;
            while (t.hi > 0.125) {
                t = div(t, add(ONE, sqrt(add(ONE, mul(t, t)))));
                doublings++;
            }
            ATAN_EIGHTHS[k] = mul(oddSeries(t, -1, 12, 20), Math.scalb(1.0, doublings));
        }
    }

    /**
     * sum over k < terms of sign**k t**(2k+1) / (2k+1): the series of atan (sign -1) and
     * atanh (sign +1). The caller picks {@code ddTerms} so that the later terms are below
     * 2**-55 of the sum (they are summed in plain doubles) and {@code terms} so that the
     * first omitted one is below 2**-106; the rest goes by Horner's rule in double-double.
     */
    private static DD oddSeries(DD t, int sign, int ddTerms, int terms) {
        DD t2 = mul(t, t);
        double th = t2.hi * sign, tl = t2.lo * sign;        // the signed square
        double tail = 0.0;
        for (int k = terms - 1; k >= ddTerms; k--) tail = tail * th + INV_ODD_HI[k];
        double ah = tail, al = 0.0;
        for (int k = ddTerms - 1; k >= 0; k--) {
            // (ah, al) = INV_ODD[k] + (ah, al) * (th, tl), in double-double, without allocation
            double p = ah * th;
            double e = Math.fma(ah, th, -p) + (ah * tl + al * th);
            double mh = p + e, ml = e - (mh - p);
            double bh = INV_ODD[k].hi, bl = INV_ODD[k].lo;
            double sh = bh + mh, bb = sh - bh, sl = (bh - (sh - bb)) + (mh - bb);
            sl += bl + ml;
            ah = sh + sl;
            al = sl - (ah - sh);
        }
        return mul(new DD(ah, al), t);
    }

    /** atan(t) for t >= 0 (a double-double), to about 106 bits. */
    static DD atanPositive(DD t) {
        return atanPositive(t, false);
    }

    /**
     * atan(t) for t >= 0. With {@code fast}, the series beyond its first two terms is summed
     * in doubles: relative error below 2**-68, enough to round correctly unless the value
     * is within that of a rounding boundary (see {@link #round}).
     */
    private static DD atanPositive(DD t, boolean fast) {
        boolean inverted = t.hi > 1.0;
        if (inverted) t = div(ONE, t);
        // atan(t) = atan(c) + atan((t - c) / (1 + t c)) with c = k/8 nearest to t: |u| <= 1/16
        int k = (int) Math.rint(t.hi * 8.0);
        double c = k / 8.0;
        DD u = k == 0 ? t : div(sub(t, new DD(c, 0.0)), add(ONE, mul(t, c)));
        DD r = add(ATAN_EIGHTHS[k], fast ? oddSeries(u, -1, 2, 14) : oddSeries(u, -1, 8, 16));
        return inverted ? sub(HALF_PI, r) : r;
    }

    /**
     * The double nearest to r when an error of 2**-66 relative cannot change it, else NaN
     * (the caller then recomputes more precisely): Ziv's rounding test.
     */
    private static double round(DD r) {
        double err = Math.abs(r.hi) * 0x1p-66;
        double a = r.hi + (r.lo + err), b = r.hi + (r.lo - err);
        return a == b ? a : Double.NaN;
    }

    public static double atan(double x) {
        if (Double.isNaN(x) || x == 0.0 || Math.abs(x) < 0x1p-27) return x;
        if (Double.isInfinite(x)) return Math.copySign(HALF_PI.hi, x);
        DD t = new DD(Math.abs(x), 0.0);
        double r = round(atanPositive(t, true));
        if (Double.isNaN(r)) r = atanPositive(t, false).value();
        return x < 0 ? -r : r;
    }

    /** atan2(y, x) correctly rounded; the special cases (zeros, infinities, NaN) are Math's, which are exact. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || y == 0.0 || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Math.atan2(y, x);
        }
        if (x == 0.0) return Math.copySign(HALF_PI.hi, y);
        double ay = Math.abs(y), ax = Math.abs(x);
        double q1 = ay / ax;
        DD r;
        if (q1 > 0x1p1000) {
            r = atanPositive(div(new DD(ax, 0.0), ay));    // atan(big q) = pi/2 - atan(1/q)
            r = sub(HALF_PI, r);
        } else if (q1 < 0x1p-1000) {
            r = new DD(q1, 0.0);                           // atan(q) = q to within far below an ulp
        } else {
            DD q = div(new DD(ay, 0.0), new DD(ax, 0.0));
            DD fast = atanPositive(q, true);
            double v = round(x < 0 ? sub(PI, fast) : fast);
            if (!Double.isNaN(v)) return y < 0 ? -v : v;
            r = atanPositive(q, false);
        }
        if (x < 0) r = sub(PI, r);
        double v = r.value();
        return y < 0 ? -v : v;
    }

    public static double asin(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1.0) return Double.NaN;
        if (a < 0x1p-26) return x;
        if (a == 1.0) return Math.copySign(HALF_PI.hi, x);
        // asin(a) = atan(a / sqrt(1 - a*a)), 1 - a*a = (1 - a)(1 + a) formed exactly
        DD c = sqrt(mul(twoSum(1.0, -a), twoSum(1.0, a)));
        DD q = div(new DD(a, 0.0), c);
        double r = round(atanPositive(q, true));
        if (Double.isNaN(r)) r = atanPositive(q, false).value();
        return x < 0 ? -r : r;
    }

    public static double acos(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1.0) return Double.NaN;
        if (x == 1.0) return 0.0;
        if (x == -1.0) return PI.hi;
        // acos(x) = atan(sqrt(1 - x*x) / x), moved to (pi/2, pi) for negative x
        DD s = sqrt(mul(twoSum(1.0, -a), twoSum(1.0, a)));
        DD r;
        if (a == 0.0) {
            r = HALF_PI;
        } else {
            DD q = div(s, new DD(a, 0.0));
            DD fast = atanPositive(q, true);
            double v = round(x < 0 ? sub(PI, fast) : fast);
            if (!Double.isNaN(v)) return v;
            r = atanPositive(q, false);
            if (x < 0) r = sub(PI, r);
        }
        return r.value();
    }

    // ---- logarithm -------------------------------------------------------------------------------

    /** log(x) for finite x > 0 as a double-double: x = m 2**e, log(m) = 2 atanh((m-1)/(m+1)). */
    static DD log(double x) {
        return log(x, false);
    }

    /** log(x); {@code fast} sums most of the series in doubles (relative error below 2**-68 then). */
    private static DD log(double x, boolean fast) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {                     // subnormal
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, -(e + 54));
        } else {
            x = Math.scalb(x, -e);
        }
        double m = x;                                      // in [1, 2)
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        DD s = div(new DD(m - 1.0, 0.0), twoSum(m, 1.0)); // m - 1 is exact
        DD sum = fast ? oddSeries(s, 1, 3, 24) : oddSeries(s, 1, 12, 24);
        return add(mul(sum, 2.0), mul(LN2, e));
    }

    public static double log2(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0.0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ((1L << 52) - 1)) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
            return Math.getExponent(x);                    // powers of two are exact
        }
        double r = round(mul(log(x, true), INV_LN2));
        return Double.isNaN(r) ? mul(log(x, false), INV_LN2).value() : r;
    }

    // ---- error function -----------------------------------------------------------------------

    static final DD TWO_OVER_SQRT_PI = new DD(0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56);

    /**
     * erf(x) by its Taylor series 2/sqrt(pi) sum (-1)**n x**(2n+1) / (n! (2n+1)) in
     * double-double: for |x| up to about 3 the cancellation between its terms costs at most
     * 20 of the 106 bits, so 1 - erf(x) is still accurate where erfc(x) is small.
     */
    static DD erfSeries(double x) {
        DD x2 = neg(product(x, x));
        DD term = new DD(x, 0.0), sum = term;
        for (int n = 1; n < 200; n++) {
            term = div(mul(term, x2), n);
            DD t = div(term, 2 * n + 1);
            sum = add(sum, t);
            if (Math.abs(t.hi) < 0x1p-110 * Math.abs(sum.hi)) break;
        }
        return mul(sum, TWO_OVER_SQRT_PI);
    }
}
