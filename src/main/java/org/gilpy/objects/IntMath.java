package org.gilpy.objects;

import java.math.BigInteger;

/**
 * The arbitrary-precision side of int arithmetic: what {@link PyInt}'s long fast paths
 * fall back to, plus the conversions between ints and doubles that must be exact or
 * correctly rounded (true division, int to float, int-float comparison, numeric hash).
 * Everything here works on {@code BigInteger}/{@code long}/{@code double}; Python
 * objects appear only in the exceptions raised.
 */
final class IntMath {
    private IntMath() {}

    /** The modulus of Python's numeric hash: the Mersenne prime 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // ---- division with floor semantics ----------------------------------------

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static BigInteger floorMod(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) return r.add(b);
        return r;
    }

    /** {@code [a // b, a % b]}. */
    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    // ---- powers ---------------------------------------------------------------

    /** a ** e for e >= 0, or null when the result does not fit in a long. */
    static PyInt powLong(long a, long e) {
        if (a == 0) return PyInt.of(e == 0 ? 1 : 0);
        if (a == 1) return PyInt.of(1);
        if (a == -1) return PyInt.of((e & 1) == 0 ? 1 : -1);
        if (e >= 64) return null;
        long result = 1, base = a;
        long n = e;
        while (true) {
            if ((n & 1) != 0) {
                long hi = Math.multiplyHigh(result, base);
                long lo = result * base;
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) return null;
                result = lo;
            }
            n >>= 1;
            if (n == 0) break;
            long hi = Math.multiplyHigh(base, base);
            long lo = base * base;
            if (hi != 0 || lo < 0) return null;
            base = lo;
        }
        return PyInt.of(result);
    }

    /** a ** e for e >= 0 in BigIntegers; MemoryError beyond what a BigInteger can hold. */
    static BigInteger pow(BigInteger a, BigInteger e) {
        if (a.signum() == 0) return e.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
        if (a.equals(BigInteger.ONE)) return a;
        if (a.equals(BigInteger.ONE.negate())) return e.testBit(0) ? a : BigInteger.ONE;
        long bits = (long) a.abs().bitLength() * (e.bitLength() < 63 ? e.longValue() : Long.MAX_VALUE / 4);
        if (e.bitLength() >= 32 || bits > (1L << 31) - 64) {
            throw PyErr.format(PyExc.MemoryError, "");
        }
        try {
            return a.pow(e.intValue());
        } catch (ArithmeticException | OutOfMemoryError ex) {
            throw PyErr.format(PyExc.MemoryError, "");
        }
    }

    /** pow(a, e, m) with Python's rules: m != 0, a negative e inverts a first, result has m's sign. */
    static BigInteger modPow(BigInteger a, BigInteger e, BigInteger m) {
        if (m.signum() == 0) throw PyErr.valueError("pow() 3rd argument cannot be 0");
        BigInteger am = m.abs();
        if (am.equals(BigInteger.ONE)) return BigInteger.ZERO;
        BigInteger base = a.mod(am);
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = base.modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) r = r.subtract(am);
        return r;
    }

    // ---- int <-> double ---------------------------------------------------------

    /** The double nearest to an int (ties to even); OverflowError when out of range. */
    static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) throw PyErr.overflowError("int too large to convert to float");
        return d;
    }

    /**
     * The double nearest to {@code (m + f) * 2**e} where {@code m >= 0} and
     * {@code 0 <= f < 1} is nonzero exactly when {@code sticky}; ties to even, subnormals
     * rounded as IEEE 754 does. Infinity when the result overflows.
     */
    static double scaledToDouble(BigInteger m, boolean sticky, long e) {
        int len = m.bitLength();
        if (len == 0) return 0.0;
        long top = len - 1 + e;                       // the result lies in [2**top, 2**(top+1))
        if (top > 1023) return Double.POSITIVE_INFINITY;
        long lsb = Math.max(top - 52, -1074);         // weight of the last bit the double keeps
        long drop = lsb - e;
        if (drop <= 0) {
            return Math.scalb(m.doubleValue(), (int) e);     // exact: m has at most 53 bits
        }
        if (drop > len + 1) return 0.0;               // far below half of the smallest subnormal
        BigInteger kept = m.shiftRight((int) drop);
        boolean half = m.testBit((int) drop - 1);
        boolean rest = sticky || m.getLowestSetBit() < drop - 1;
        if (half && (rest || kept.testBit(0))) kept = kept.add(BigInteger.ONE);
        return Math.scalb(kept.doubleValue(), (int) lsb);
    }

    /** a / b correctly rounded (b != 0); infinity when the quotient is too large. */
    static double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);      // 0 / -5 is -0.0
        BigInteger x = a.abs(), y = b.abs();
        if (x.signum() == 0) return negative ? -0.0 : 0.0;
        long shift = (long) x.bitLength() - y.bitLength() - 55;   // quotient gets 55 or 56 bits
        BigInteger[] qr;
        if (shift >= 0) {
            qr = x.divideAndRemainder(y.shiftLeft((int) shift));
        } else {
            qr = x.shiftLeft((int) -shift).divideAndRemainder(y);
        }
        double d = scaledToDouble(qr[0], qr[1].signum() != 0, shift);
        return negative ? -d : d;
    }

    /** Compares an int with a double exactly; the double must not be NaN. */
    static int compareToDouble(long v, double d) {
        if (v > -(1L << 53) && v < (1L << 53)) return Double.compare((double) v, d == 0.0 ? 0.0 : d);
        if (d >= 0x1p63) return -1;
        if (d < -0x1p63) return 1;
        // |d| < 2**63: its floor fits in a long
        double f = Math.floor(d);
        long fl = (long) f;
        if (v != fl) return v < fl ? -1 : 1;
        return f == d ? 0 : -1;
    }

    static int compareToDouble(BigInteger v, double d) {
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        // v does not fit in a long, so |v| >= 2**63
        if (Math.abs(d) < 0x1p63 || Math.signum(d) != v.signum()) return v.signum();
        double f = Math.floor(d);              // d is an integer here (|d| >= 2**53)
        return v.compareTo(new java.math.BigDecimal(f).toBigInteger());
    }

    // ---- hash -------------------------------------------------------------------

    /** Python's hash of an int: |v| mod (2**61 - 1) with v's sign; -1 becomes -2. */
    static long hash(long v) {
        long h;
        if (v >= 0) {
            h = v % HASH_MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -4;                              // 2**63 = 4 * 2**61 = 4 (mod 2**61 - 1)
        } else {
            h = -((-v) % HASH_MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    static long hash(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** Python's hash of a finite double: its exact rational value reduced as for ints. */
    static long hashDouble(double d) {
        if (Double.isInfinite(d)) return d > 0 ? 314159 : -314159;
        if (d == 0.0) return 0;
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e = exp - 1075;                       // |d| = mant * 2**e, mant < 2**53 < modulus
        int s = Math.floorMod(e, 61);             // 2**61 = 1 (mod 2**61 - 1), so shifts rotate
        long h = ((mant << s) & HASH_MODULUS) | (mant >>> (61 - s));
        if (s == 0) h = mant;
        if (h >= HASH_MODULUS) h -= HASH_MODULUS;
        if (d < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // ---- rounding ---------------------------------------------------------------

    /** v rounded to a multiple of 10**k (k > 0), halves to even: {@code round(v, -k)}. */
    static BigInteger roundToPowerOfTen(BigInteger v, long k) {
        // 10**k > |v| * 2 means the result is 0 (|v| < 10**k / 2)
        if (k > (long) (v.abs().bitLength() * 0.30103) + 2) return BigInteger.ZERO;
        BigInteger p = BigInteger.TEN.pow((int) k);
        BigInteger[] qr = floorDivMod(v, p);
        BigInteger twice = qr[1].shiftLeft(1);
        int c = twice.compareTo(p);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return q.multiply(p);
    }

    /** Number of decimal digits of |v| (v != 0 counts at least 1). */
    static int decimalDigits(BigInteger v) {
        return v.abs().toString().length();
    }
}
