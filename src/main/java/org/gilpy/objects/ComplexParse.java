package org.gilpy.objects;

/**
 * {@code complex(real=0, imag=0)}: the constructor's argument rules and the string
 * syntax ({@code "1+2j"}, {@code "(1-2j)"}, {@code "j"}, {@code "-infj"}, ...), as
 * CPython 3.11's complex_new accepts them.
 */
final class ComplexParse {
    private ComplexParse() {}

    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) throw PyErr.typeError("complex() takes at most 2 arguments (%d given)", args.length);
        PyObject r = npos > 0 ? args[0] : null;
        PyObject i = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject v = args[npos + k];
            if (kw.equals("real")) {
                if (r != null) throw PyErr.typeError("argument for complex() given by name ('real') and position (1)");
                r = v;
            } else if (kw.equals("imag")) {
                if (i != null) throw PyErr.typeError("argument for complex() given by name ('imag') and position (2)");
                i = v;
            } else {
                throw PyErr.typeError("'%s' is an invalid keyword argument for complex()", kw);
            }
        }
        if (r == null) r = PyInt.ZERO;
        if (r instanceof PyStr s) {
            if (i != null) throw PyErr.typeError("complex() can't take second arg if first is a string");
            double[] z = parse(s.value);
            return PyComplex.ofType(cls, z[0], z[1]);
        }
        if (i instanceof PyStr) throw PyErr.typeError("complex() second arg can't be a string");
        if (i == null && cls == PyComplex.TYPE && r.type == PyComplex.TYPE) return r;

        double rr, ri = 0.0;
        boolean rIsComplex = false;
        PyObject f = r.type.lookup("__complex__");
        if (f != null) {
            PyObject c = Abstract.callUnbound(f, r, new PyObject[0], null);
            if (!(c instanceof PyComplex cc)) {
                throw PyErr.typeError("__complex__ returned non-complex (type %s)", c.type.tpName());
            }
            rr = cc.real;
            ri = cc.imag;
            rIsComplex = true;
        } else if (r instanceof PyComplex cc) {
            rr = cc.real;
            ri = cc.imag;
            rIsComplex = true;
        } else if (isNumber(r)) {
            rr = PyFloat.asDouble(r);
        } else {
            throw PyErr.typeError("complex() first argument must be a string or a number, not '%s'", r.type.tpName());
        }
        double ir = 0.0, ii = 0.0;
        boolean iIsComplex = false;
        if (i != null) {
            if (i instanceof PyComplex ic) {
                ir = ic.real;
                ii = ic.imag;
                iIsComplex = true;
            } else if (isNumber(i)) {
                ir = PyFloat.asDouble(i);
            } else {
                throw PyErr.typeError("complex() second argument must be a number, not '%s'", i.type.tpName());
            }
        }
        // (rr + ri*j) + (ir + ii*j)*j, adding only the parts that exist (keeps -0.0 as CPython does)
        double re = rr, im;
        if (iIsComplex) re -= ii;
        if (rIsComplex) {
            im = i == null ? ri : ri + ir;
        } else {
            im = ir;
        }
        return PyComplex.ofType(cls, re, im);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat
                || o.type.lookup("__float__") != null || o.type.lookup("__index__") != null;
    }

    private static PyException malformed() {
        return PyErr.valueError("complex() arg is a malformed string");
    }

    /** Parses the text of {@code complex(str)} into {real, imag}. */
    static double[] parse(String text) {
        String s = stripUnderscores(text);
        int n = s.length();
        int p = 0;
        while (p < n && IntParse.isSpace(s.charAt(p))) p++;
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p++;
            while (p < n && IntParse.isSpace(s.charAt(p))) p++;
        }
        double x = 0.0, y = 0.0;
        int[] end = new int[1];
        double z = floatPrefix(s, p, n, end);
        if (end[0] != p) {
            p = end[0];
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z;
                double w = floatPrefix(s, p, n, end);
                if (end[0] != p) {
                    y = w;
                    p = end[0];
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (p >= n || (s.charAt(p) != 'j' && s.charAt(p) != 'J')) throw malformed();
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (p >= n || (s.charAt(p) != 'j' && s.charAt(p) != 'J')) throw malformed();
            p++;
        }
        while (p < n && IntParse.isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (p >= n || s.charAt(p) != ')') throw malformed();
            p++;
            while (p < n && IntParse.isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed();
        return new double[] {x, y};
    }

    /** Removes underscores that sit between two digits; any other underscore is an error. */
    private static String stripUnderscores(String s) {
        if (s.indexOf('_') < 0) return toAsciiDigits(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (k == 0 || k + 1 >= s.length() || !isDigit(s.charAt(k - 1)) || !isDigit(s.charAt(k + 1))) {
                    throw PyErr.valueError("could not convert string to complex: %s", StrRepr.repr(s));
                }
                continue;
            }
            b.append(c);
        }
        return toAsciiDigits(b.toString());
    }

    private static boolean isDigit(char c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static String toAsciiDigits(String s) {
        StringBuilder b = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 128 && isDigit(c)) {
                if (b == null) b = new StringBuilder(s);
                b.setCharAt(k, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The longest prefix of s[from, to) that is a float ([sign] digits[.digits][e[sign]digits],
     * inf, infinity, nan); end[0] receives where it stops (== from when there is none).
     */
    static double floatPrefix(String s, int from, int to, int[] end) {
        int p = from;
        boolean negative = false;
        if (p < to && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        if (s.regionMatches(true, p, "infinity", 0, 8) && p + 8 <= to) {
            end[0] = p + 8;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.regionMatches(true, p, "inf", 0, 3) && p + 3 <= to) {
            end[0] = p + 3;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.regionMatches(true, p, "nan", 0, 3) && p + 3 <= to) {
            end[0] = p + 3;
            return negative ? -Double.NaN : Double.NaN;
        }
        int start = p;
        int digits = 0;
        while (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
            digits++;
        }
        if (p < to && s.charAt(p) == '.') {
            p++;
            while (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            end[0] = from;
            return 0.0;
        }
        if (p < to && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < to && (s.charAt(q) == '+' || s.charAt(q) == '-')) q++;
            int ds = q;
            while (q < to && s.charAt(q) >= '0' && s.charAt(q) <= '9') q++;
            if (q > ds) p = q;
        }
        end[0] = p;
        double v = Double.parseDouble(s.substring(start, p));
        return negative ? -v : v;
    }
}
