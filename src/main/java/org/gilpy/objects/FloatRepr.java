package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles to text, as CPython's PyOS_double_to_string does it: {@code repr()} (the
 * shortest string that reads back to the same double, positional for decimal exponents
 * -4..15, else {@code 1e+16} style) and the 'e', 'f', 'g', 'r' conversions behind
 * {@code format()} and {@code %} formatting, all correctly rounded (half to even on the
 * exact binary value), plus {@code float.hex()}.
 *
 * <p>Digits come in two forms: the shortest round-trip digits (from
 * {@link Double#toString}, which since JDK 19 gives them, corrected for the one case
 * where Java prefers two digits to CPython's one), and a fixed number of digits (from
 * the exact {@link BigDecimal} value). Either is a digit string without trailing zeros
 * and {@code decpt}, the position of the decimal point: the value is
 * {@code 0.DIGITS * 10**decpt}.
 */
final class FloatRepr {
    private FloatRepr() {}

    static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        String body = format(Math.abs(v), 'r', 0, false, true);
        return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + body;
    }

    /**
     * The text of {@code |v|} (v must be non-negative or NaN) in one of the modes 'e'
     * (precision digits after the point), 'f' (precision digits after the point), 'g'
     * (precision significant digits) or 'r' (shortest). {@code alternate} is the '#'
     * flag (keep the point and trailing zeros); {@code addDot0} writes integers as
     * {@code 1.0} and, for 'g', switches to exponent one digit earlier, as format()
     * with no type does. Lower case; inf and nan as "inf" and "nan".
     */
    static String format(double v, char mode, int precision, boolean alternate, boolean addDot0) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return "inf";
        String digits;
        int decpt;
        if (v == 0.0) {
            digits = "0";
            decpt = 1;
        } else if (mode == 'r') {
            long[] dp = new long[1];
            digits = shortest(v, dp);
            decpt = (int) dp[0];
        } else if (mode == 'f' && precision <= 15 && (digits = fixedFast(v, precision)) != null) {
            decpt = digits.length() - precision;
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') end--;
            int lead = 0;
            while (lead < end - 1 && digits.charAt(lead) == '0') lead++;
            if (digits.charAt(lead) == '0') {
                digits = "0";
                decpt = 1;
            } else {
                decpt -= lead;
                digits = digits.substring(lead, end);
            }
        } else {
            BigDecimal d = new BigDecimal(v);
            d = mode == 'f' ? d.setScale(precision, RoundingMode.HALF_EVEN)
                    : d.round(new MathContext(mode == 'e' ? precision + 1 : Math.max(precision, 1), RoundingMode.HALF_EVEN));
            if (d.signum() == 0) {
                digits = "0";
                decpt = 1;
            } else {
                d = d.stripTrailingZeros();
                digits = d.unscaledValue().toString();
                decpt = digits.length() - d.scale();
            }
        }
        return layout(digits, decpt, mode, precision, alternate, addDot0);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * The digits of v * 10**precision rounded to an integer, when a double computation
     * is provably right: the product is small enough to carry 12 bits after the point
     * and is not near a tie (where only the exact value can decide). Null otherwise.
     */
    private static String fixedFast(double v, int precision) {
        double scaled = v * POW10[precision];
        if (!(scaled < 0x1p40)) return null;
        double fl = Math.floor(scaled);
        double frac = scaled - fl;
        if (Math.abs(frac - 0.5) < 0x1p-10) return null;
        long r = (long) fl + (frac > 0.5 ? 1 : 0);
        return Long.toString(r);
    }

    private static String layout(String digits, int decpt, char mode, int precision, boolean alt, boolean addDot0) {
        boolean useExp = false;
        int end = digits.length();
        switch (mode) {
            case 'e' -> {
                useExp = true;
                end = precision + 1;
            }
            case 'f' -> end = decpt + precision;
            case 'g' -> {
                int p = Math.max(precision, 1);
                if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) useExp = true;
                if (alt) end = p;
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder b = new StringBuilder(end - start + 8);
        int n = digits.length();
        for (int pos = start; pos < end; pos++) {
            if (pos == decpt) b.append('.');
            b.append(pos >= 0 && pos < n ? digits.charAt(pos) : '0');
        }
        if (decpt >= end) b.append('.');
        if (b.charAt(b.length() - 1) == '.' && !alt) b.setLength(b.length() - 1);
        if (useExp) {
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) b.append('0');
            b.append(a);
        }
        return b.toString();
    }

    /**
     * The shortest digits that read back as v (finite, > 0), the closest such to v (ties to
     * an even last digit); {@code decpt[0]} receives the point position.
     */
    static String shortest(double v, long[] decpt) {
        String s = Double.toString(v);                // "123.45", "0.001" or "1.2345E-5"
        int len = s.length();
        int e = s.indexOf('E');
        int mantEnd = e < 0 ? len : e;
        int exp10 = e < 0 ? 0 : Integer.parseInt(s, e + 1, len, 10);
        char[] all = new char[mantEnd];
        int n = 0, dot = 0;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') dot = n; else all[n++] = c;
        }
        int lead = 0;
        while (lead < n - 1 && all[lead] == '0') lead++;
        int trail = n;
        while (trail > lead + 1 && all[trail - 1] == '0') trail--;
        String digits = new String(all, lead, trail - lead);
        int point = dot + exp10 - lead;               // value = 0.DIGITS * 10**point
        if (digits.length() == 2) {
            // Java picks the closest of the one- and two-digit candidates; CPython wants one digit if any reads back
            int d0 = digits.charAt(0) - '0';
            String best = null;
            int bestPoint = point;
            BigDecimal exact = new BigDecimal(v);
            BigDecimal bestDist = null;
            for (int cand = d0; cand <= d0 + 1; cand++) {
                String cd = cand == 10 ? "1" : Integer.toString(cand);
                int cp = cand == 10 ? point + 1 : point;
                if (cand == 0) continue;
                BigDecimal value = new BigDecimal(new BigInteger(cd), -(cp - 1));
                if (Double.parseDouble(cd + "e" + (cp - 1)) != v) continue;
                BigDecimal dist = value.subtract(exact).abs();
                int c = bestDist == null ? -1 : dist.compareTo(bestDist);
                if (c < 0 || (c == 0 && (cd.charAt(0) - '0') % 2 == 0)) {
                    best = cd;
                    bestPoint = cp;
                    bestDist = dist;
                }
            }
            if (best != null) {
                digits = best;
                point = bestPoint;
            }
        }
        decpt[0] = point;
        return digits;
    }

    /** {@code float.hex()}: {@code [-]0x1.hhhhhhhhhhhhhp+e}, {@code 0x0.0p+0}, "inf", "nan". */
    static String hex(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        if (v == 0.0) return sign + "0x0.0p+0";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String frac = String.format("%013x", mant);
        if (exp == 0) return sign + "0x0." + frac + "p-1022";
        int e = exp - 1023;
        return sign + "0x1." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }
}
