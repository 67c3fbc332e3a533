package org.gilpy.objects;

import java.math.BigInteger;

/**
 * Conversions between ints and text or bytes: {@code int(x, base)} (CPython's
 * PyNumber_Long and PyLong_FromString rules: whitespace, sign, base prefixes, single
 * underscores between digits, any Unicode decimal digit), the decimal string with the
 * 3.11 int max str digits limit, and {@code to_bytes}/{@code from_bytes}.
 */
final class IntParse {
    private IntParse() {}

    /** The limit of {@code sys.set_int_max_str_digits}: 0 disables it. */
    static volatile int maxStrDigits = 4300;

    /** SAFE_DIGITS[b]: how many base-b digits always fit in a long. */
    private static final int[] SAFE_DIGITS = new int[37];

    static {
        for (int b = 2; b <= 36; b++) {
            int n = 0;
            BigInteger p = BigInteger.valueOf(b);
            while (p.compareTo(IntMath.LONG_MAX) <= 0) {
                p = p.multiply(BigInteger.valueOf(b));
                n++;
            }
            SAFE_DIGITS[b] = n;
        }
    }

    /** {@code int.__new__(cls, [x], base=10)}. */
    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == PyBool.TYPE) throw PyErr.typeError("int.__new__(bool) is not safe, use bool.__new__()");
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) throw PyErr.typeError("int() takes at most 2 arguments (%d given)", args.length);
        PyObject x = npos > 0 ? args[0] : null;
        PyObject base = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("base")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for int()", kwnames[k]);
            }
            if (base != null) {
                throw PyErr.typeError("argument for int() given by name ('base') and position (2)");
            }
            base = args[npos + k];
        }
        PyInt v;
        if (x == null) {
            if (base != null) throw PyErr.typeError("int() missing string argument");
            v = PyInt.ZERO;
        } else if (base == null) {
            v = toInt(x);
        } else {
            PyInt b = Abstract.index(base);
            if (b.big != null || (b.value != 0 && (b.value < 2 || b.value > 36))) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                v = parse(s.value, (int) b.value, x);
            } else if (x instanceof BytesLike bl && (x instanceof PyBytes || x.type.name.equals("bytearray"))) {
                v = parse(bytesText(bl), (int) b.value, x);
            } else {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
        }
        return PyInt.ofType(cls, v);
    }

    /** CPython's PyNumber_Long: {@code int(x)} for one argument. */
    static PyInt toInt(PyObject x) {
        if (x instanceof PyInt i && (x.type == PyInt.TYPE)) return i;
        if (x instanceof PyFloat f && x.type == PyFloat.TYPE) return PyFloat.toInt(f.value);
        PyType t = x.type;
        PyObject f = t.lookup("__int__");
        if (f != null) {
            PyObject r = Abstract.callUnbound(f, x, new PyObject[0], null);
            if (!(r instanceof PyInt ri)) throw PyErr.typeError("__int__ returned non-int (type %s)", r.type.tpName());
            return ri.exact();
        }
        if (t.lookup("__index__") != null) return Abstract.index(x).exact();
        f = t.lookup("__trunc__");
        if (f != null) {
            PyObject r = Abstract.callUnbound(f, x, new PyObject[0], null);
            if (r instanceof PyInt ri) return ri.exact();
            if (r.type.lookup("__index__") == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type %s)", r.type.tpName());
            }
            return Abstract.index(r).exact();
        }
        if (x instanceof PyStr s) return parse(s.value, 10, x);
        if (x instanceof BytesLike bl) return parse(bytesText(bl), 10, x);
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                t.name);
    }

    private static String bytesText(BytesLike b) {
        byte[] d = b.bytesData();
        int n = b.bytesLength();
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append((char) (d[i] & 0xff));
        return s.toString();
    }

    /** The error for text that is not an int literal; the repr is cut at 200 characters as CPython's %.200R. */
    private static PyException invalid(int base, PyObject original) {
        String r;
        if (original instanceof PyStr s) {
            r = StrRepr.repr(s.value);
        } else if (original instanceof BytesLike b) {
            r = Abstract.repr(PyBytes.wrap(BytesLike.exact(original).clone())).value;
        } else {
            r = Abstract.repr(original).value;
        }
        if (r.codePointCount(0, r.length()) > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        return PyErr.valueError("invalid literal for int() with base %d: %s", base, r);
    }

    /**
     * Parses s as an int literal in base (0 = by prefix, else 2..36); original is what
     * the error message shows.
     */
    static PyInt parse(String s, int base, PyObject original) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int origBase = base;
        boolean prefixed = false;
        if (i + 1 < end && s.charAt(i) == '0') {
            char c = Character.toLowerCase(s.charAt(i + 1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroLiteral = false;
        if (base == 0) {
            base = 10;
            zeroLiteral = i < end && s.charAt(i) == '0';   // "0", "00", "0_0" but not "012"
        }
        // digits with single underscores between them (one may follow a prefix)
        StringBuilder digits = null;
        long small = 0;
        int ndigits = 0;
        boolean lastUnderscore = prefixed;
        boolean allowUnderscore = prefixed;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (ndigits == 0 && !allowUnderscore || lastUnderscore && ndigits > 0 || k == end - 1) {
                    throw invalid(origBase, original);
                }
                if (ndigits == 0) allowUnderscore = false;
                lastUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= base) throw invalid(origBase, original);
            if (zeroLiteral && d != 0) throw invalid(origBase, original);
            lastUnderscore = false;
            ndigits++;
            if (digits == null && ndigits <= SAFE_DIGITS[base]) {
                small = small * base + d;
            } else {
                if (digits == null) {
                    digits = new StringBuilder(end - i);
                    if (ndigits > 1) digits.append(Long.toString(small, base));
                }
                digits.append(Character.forDigit(d, base));
            }
        }
        if (ndigits == 0) throw invalid(origBase, original);
        int limit = maxStrDigits;
        if (limit > 0 && ndigits > limit && Integer.bitCount(base) != 1) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, ndigits);
        }
        if (digits == null) return PyInt.of(negative ? -small : small);
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyInt.of(negative ? v.negate() : v);
    }

    /** The value of a digit character in bases up to 36 (any Unicode decimal digit counts), or -1. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return Character.digit(c, 10);
        return -1;
    }

    /** Python's str.isspace for the characters int() and float() strip. */
    static boolean isSpace(char c) {
        if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return true;
        if (c < 128) return false;
        return c == 0x85 || c == 0xa0 || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The decimal digits of a big int, honouring the int max str digits limit. */
    static String toDecimal(BigInteger v) {
        int limit = maxStrDigits;
        // below 2**(3.3219 * limit) < 10**limit the string cannot be over the limit
        if (limit > 0 && v.bitLength() > limit * 3.3219) {
            String s = v.bitLength() > (limit + 1) * 3.3220 ? null : v.toString();
            if (s == null || s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
                throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit", limit);
            }
            return s;
        }
        return v.toString();
    }

    // ---- bytes ---------------------------------------------------------------------

    static boolean littleEndian(PyObject byteorder) {
        if (byteorder == null) return false;
        if (!(byteorder instanceof PyStr s)) {
            throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not %s", byteorder.type.tpName());
        }
        if (s.value.equals("little")) return true;
        if (s.value.equals("big")) return false;
        throw PyErr.valueError("byteorder must be either 'little' or 'big'");
    }

    static byte[] toBytes(PyInt v, long length, boolean little, boolean signed) {
        if (length < 0) throw PyErr.valueError("length argument must be non-negative");
        if (!signed && v.signum() < 0) throw PyErr.overflowError("can't convert negative int to unsigned");
        BigInteger b = v.toBig();
        int needed = signed ? b.bitLength() + 1 : b.bitLength();     // two's complement bits
        if (needed > length * 8) throw PyErr.overflowError("int too big to convert");
        byte[] out = new byte[(int) length];
        byte[] raw = b.toByteArray();                                  // big-endian, minimal, signed
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int k = 0; k < out.length; k++) {
            int src = raw.length - 1 - k;
            out[out.length - 1 - k] = src >= 0 ? raw[src] : fill;
        }
        if (little) {
            for (int a = 0, z = out.length - 1; a < z; a++, z--) {
                byte t = out[a];
                out[a] = out[z];
                out[z] = t;
            }
        }
        return out;
    }

    static PyInt fromBytes(byte[] data, boolean little, boolean signed) {
        int n = data.length;
        if (n == 0) return PyInt.ZERO;
        byte[] be = new byte[n + 1];                                  // leading 0 keeps it unsigned
        for (int k = 0; k < n; k++) be[k + 1] = little ? data[n - 1 - k] : data[k];
        BigInteger v = new BigInteger(be);
        if (signed && (be[1] & 0x80) != 0) v = v.subtract(BigInteger.ONE.shiftLeft(8 * n));
        return PyInt.of(v);
    }

    /** CPython's PyObject_Bytes as from_bytes uses it: a bytes-like object, __bytes__, or an iterable of ints. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof BytesLike) return BytesLike.exact(o);
        PyObject f = o.type.lookup("__bytes__");
        if (f != null) return BytesLike.exact(Abstract.callUnbound(f, o, new PyObject[0], null));
        if (o instanceof PyStr || o.type.lookup("__iter__") == null && o.type.lookup("__getitem__") == null) {
            throw PyErr.typeError("cannot convert '%s' object to bytes", o.type.tpName());
        }
        PyObject[] items = Abstract.toArray(o);
        byte[] out = new byte[items.length];
        for (int k = 0; k < items.length; k++) {
            PyInt i = Abstract.index(items[k]);
            if (i.big != null || i.value < 0 || i.value > 255) throw PyErr.valueError("bytes must be in range(0, 256)");
            out[k] = (byte) i.value;
        }
        return out;
    }
}
