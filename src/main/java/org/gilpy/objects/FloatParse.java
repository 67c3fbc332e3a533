package org.gilpy.objects;

import java.math.BigInteger;

/**
 * Text to double: {@code float(x)} (CPython's PyNumber_Float and the float literal
 * grammar it accepts: whitespace, sign, "inf"/"infinity"/"nan" in any case, digits with
 * single underscores between them, Unicode decimal digits) and {@code float.fromhex},
 * both correctly rounded.
 */
final class FloatParse {
    private FloatParse() {}

    /** {@code float(x)} for one argument, as a double. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f && x.type == PyFloat.TYPE) return f.value;
        if (x instanceof PyInt i && (x.type == PyInt.TYPE || x.type == PyBool.TYPE)) return i.toDouble();
        PyType t = x.type;
        PyObject f = t.lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callUnbound(f, x, new PyObject[0], null);
            if (r instanceof PyFloat rf) return rf.value;
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", t.name, r.type.tpName());
        }
        if (t.lookup("__index__") != null) return Abstract.index(x).toDouble();
        if (x instanceof PyStr s) return parse(s.value, x);
        if (x instanceof BytesLike b) {
            byte[] d = b.bytesData();
            int n = b.bytesLength();
            StringBuilder sb = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                int c = d[k] & 0xff;
                sb.append(c < 128 ? (char) c : '?');
            }
            return parse(sb.toString(), x);
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '%s'", t.name);
    }

    private static PyException invalid(PyObject original) {
        String r = original instanceof PyStr s ? StrRepr.repr(s.value) : Abstract.repr(original).value;
        return PyErr.valueError("could not convert string to float: %s", r);
    }

    /** Parses a float literal as {@code float(str)} accepts it; original is what the error shows. */
    static double parse(String s, PyObject original) {
        int n = s.length();
        int i = 0;
        while (i < n && IntParse.isSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && IntParse.isSpace(s.charAt(end - 1))) end--;
        StringBuilder b = new StringBuilder(end - i);
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
        }
        // mantissa: digits [. digits] with at least one digit; then [e [sign] digits]
        int k = i;
        int mantDigits = 0;
        boolean point = false;
        for (; k < end; k++) {
            char c = s.charAt(k);
            int d = digit(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
                mantDigits++;
            } else if (c == '_') {
                if (!betweenDigits(s, k, end)) throw invalid(original);
            } else if (c == '.' && !point) {
                point = true;
                b.append('.');
            } else {
                break;
            }
        }
        if (mantDigits == 0) throw invalid(original);
        if (k < end && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            b.append('e');
            k++;
            if (k < end && (s.charAt(k) == '+' || s.charAt(k) == '-')) b.append(s.charAt(k++));
            int expDigits = 0;
            for (; k < end; k++) {
                char c = s.charAt(k);
                int d = digit(c);
                if (d >= 0) {
                    b.append((char) ('0' + d));
                    expDigits++;
                } else if (c == '_') {
                    if (!betweenDigits(s, k, end)) throw invalid(original);
                } else {
                    break;
                }
            }
            if (expDigits == 0) throw invalid(original);
        }
        if (k != end) throw invalid(original);
        double v;
        try {
            v = Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            throw invalid(original);
        }
        return negative ? -v : v;
    }

    private static boolean betweenDigits(String s, int k, int end) {
        return k > 0 && k + 1 < end && digit(s.charAt(k - 1)) >= 0 && digit(s.charAt(k + 1)) >= 0;
    }

    /** The value of a decimal digit (any Unicode decimal digit), or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return Character.digit(c, 10);
        return -1;
    }

    // ---- float.fromhex ------------------------------------------------------------------

    private static PyException invalidHex() {
        return PyErr.valueError("invalid hexadecimal floating-point string");
    }

    /** {@code float.fromhex(s)}: exact value rounded half to even. */
    static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && isAsciiSpace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) return Double.NaN;
        if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
        StringBuilder hex = new StringBuilder();
        int fracDigits = 0, digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 128) {
                hex.append(c);
                digits++;
                if (point) fracDigits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) throw invalidHex();
        long exp = 0;
        if (i < end && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean expNeg = false;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) expNeg = s.charAt(i++) == '-';
            int start = i;
            for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (exp < (1L << 40)) exp = exp * 10 + (s.charAt(i) - '0');
            }
            if (i == start) throw invalidHex();
            if (expNeg) exp = -exp;
        }
        if (i != end) throw invalidHex();
        BigInteger m = new BigInteger(hex.toString(), 16);
        if (m.signum() == 0) return negative ? -0.0 : 0.0;
        double v = IntMath.scaledToDouble(m, false, exp - 4L * fracDigits);
        if (Double.isInfinite(v)) throw PyErr.overflowError("hexadecimal value too large to represent as a float");
        return negative ? -v : v;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
