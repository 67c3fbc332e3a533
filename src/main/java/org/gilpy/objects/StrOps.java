package org.gilpy.objects;

/**
 * The algorithms behind str's searching, splitting, stripping, padding and translating
 * methods, plus the argument conversions they share with bytes. They work on the Java
 * string in char offsets; {@link PyStr} converts Python's code point indexes. Every loop
 * is linear in its input (searches are bounded by the end of the range, results are built
 * in one pass), so repeated calls never go quadratic on the length of the string.
 */
final class StrOps {
    private StrOps() {}

    // ---- argument conversion -----------------------------------------------------

    static boolean isSlice(PyObject o) {
        return o instanceof PySlice;
    }

    /** A start/end argument of find and friends: None or an index, clamped to int. */
    static int sliceIndex(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) return dflt;
        long v = PySlice.sliceIndex(o);
        return (int) Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }

    /** The type named by Argument Clinic's "F() argument N must be X, not T" messages (None for None). */
    static String badArgType(PyObject o) {
        return o == PyNone.NONE ? "None" : o.type.name;
    }

    /** A Py_ssize_t argument (maxsplit, count): OverflowError beyond 64 bits, clamped to int. */
    static int asSsize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return (int) Math.max(Math.min(i.value, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }

    /** A C int argument (tabsize, keepends). */
    static int asInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** Maps (args, kwnames) onto optional parameters {@code names} with CPython's messages. */
    static PyObject[] parseArgs(String fname, PyObject[] args, String[] kwnames, String[] names) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", npos);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) idx = i;
            }
            if (idx < 0) throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], fname);
            if (out[idx] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname, kwnames[k], idx + 1);
            }
            out[idx] = args[npos + k];
        }
        return out;
    }

    // ---- searching -----------------------------------------------------------------

    /** First index of sub within s[cs:ce] (char offsets, cs <= ce), or -1. */
    static int find(String s, String sub, int cs, int ce) {
        if (ce - cs < sub.length()) return -1;
        return s.indexOf(sub, cs, ce);
    }

    /** Last index of sub within s[cs:ce], or -1. */
    static int rfind(String s, String sub, int cs, int ce) {
        int m = sub.length();
        if (ce - cs < m) return -1;
        if (m == 0) return ce;
        char first = sub.charAt(0);
        for (int i = ce - m; i >= cs; i--) {
            if (s.charAt(i) == first && s.startsWith(sub, i)) return i;
        }
        return -1;
    }

    /** Non-overlapping occurrences of a non-empty sub in s[cs:ce], at most max. */
    static int count(String s, String sub, int cs, int ce, int max) {
        int m = sub.length(), n = 0;
        int i = cs;
        while (n < max && ce - i >= m) {
            int j = s.indexOf(sub, i, ce);
            if (j < 0) break;
            n++;
            i = j + m;
        }
        return n;
    }

    static String replace(PyStr str, String old, String rep, int max) {
        String s = str.value;
        if (max < 0) max = Integer.MAX_VALUE;
        if (max == 0) return s;
        if (old.isEmpty()) {
            int n = str.length();
            int times = (int) Math.min((long) n + 1, max);
            StringBuilder b = new StringBuilder(s.length() + rep.length() * times);
            int off = 0;
            for (int i = 0; i < times; i++) {
                b.append(rep);
                if (i < n) {
                    int next = str.offset(i + 1);
                    b.append(s, off, next);
                    off = next;
                }
            }
            return b.append(s, off, s.length()).toString();
        }
        if (max == Integer.MAX_VALUE) return s.replace(old, rep);
        int i = s.indexOf(old);
        if (i < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        int from = 0, m = old.length(), done = 0;
        while (i >= 0 && done < max) {
            b.append(s, from, i).append(rep);
            from = i + m;
            done++;
            i = s.indexOf(old, from);
        }
        return b.append(s, from, s.length()).toString();
    }

    static PyObject join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l && l.type == PyList.TYPE) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
        } else {
            PyObject it;
            try {
                it = Abstract.iter(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) throw PyErr.typeError("can only join an iterable");
                throw e;
            }
            PyList out = new PyList();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.append(x);
            items = out.toArray();
        }
        int n = items.length;
        if (n == 0) return PyStr.EMPTY;
        if (n == 1 && items[0].type == PyStr.TYPE) return items[0];
        long total = (long) sep.value.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %s found", i, items[i].type.tpName());
            }
            total += s.value.length();
        }
        if (total > Integer.MAX_VALUE - 16) throw PyErr.overflowError("join() result is too long for a Python string");
        StringBuilder b = new StringBuilder((int) total);
        String sv = sep.value;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !sv.isEmpty()) b.append(sv);
            b.append(((PyStr) items[i]).value);
        }
        return PyStr.of(b.toString());
    }

    // ---- stripping, padding, tabs -----------------------------------------------------

    /** Strips code points in chars (whitespace when chars is null) from the chosen ends. */
    static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == null) {
            if (left) while (i < j && StrCase.isSpace(s.charAt(i))) i++;
            if (right) while (j > i && StrCase.isSpace(s.charAt(j - 1))) j--;
        } else {
            if (left) {
                while (i < j) {
                    int cp = s.codePointAt(i);
                    if (chars.indexOf(cp) < 0) break;
                    i += Character.charCount(cp);
                }
            }
            if (right) {
                while (j > i) {
                    int cp = s.codePointBefore(j);
                    if (chars.indexOf(cp) < 0) break;
                    j -= Character.charCount(cp);
                }
            }
        }
        return i == 0 && j == s.length() ? s : s.substring(i, j);
    }

    /** Pads to width code points with fill: align -1 left (ljust), 0 center, 1 right (rjust). */
    static String pad(PyStr str, int width, int fill, int align) {
        int n = str.length();
        if (width <= n) return str.value;
        int marg = width - n;
        int left = align < 0 ? 0 : align > 0 ? marg : marg / 2 + (marg & width & 1);
        return pad(str.value, left, marg - left, fill);
    }

    static String pad(String s, int left, int right, int fill) {
        if ((long) left + right + s.length() > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        String f = Character.toString(fill);
        StringBuilder b = new StringBuilder(s.length() + (left + right) * f.length());
        for (int k = 0; k < left; k++) b.append(f);
        b.append(s);
        for (int k = 0; k < right; k++) b.append(f);
        return b.toString();
    }

    static String zfill(PyStr str, int width) {
        String s = str.value;
        int n = str.length();
        if (width <= n) return s;
        String zeros = "0".repeat(width - n);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    static String expandtabs(String s, int tab) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder b = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tab > 0) {
                    long spaces = tab - col % tab;
                    col += spaces;
                    if (b.length() + spaces > Integer.MAX_VALUE - 16) throw PyErr.overflowError("result too long");
                    for (long k = 0; k < spaces; k++) b.append(' ');
                }
            } else {
                b.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return b.toString();
    }

    // ---- translate ----------------------------------------------------------------

    static String translate(String s, PyObject table) {
        PyDict dict = table instanceof PyDict d && d.type == PyDict.TYPE ? d : null;
        StringBuilder b = new StringBuilder(s.length());
        Object[] cache = dict != null ? new Object[128] : null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object hit = cache != null && cp < 128 ? cache[cp] : null;
            if (hit == null) {
                hit = lookupMapping(dict, table, cp);
                if (cache != null && cp < 128) cache[cp] = hit;
            }
            if (hit instanceof String r) b.append(r);
            else if (hit instanceof Integer c) b.appendCodePoint(c);
        }
        return b.toString();
    }

    private static final Object DELETE = new Object();

    /** The replacement for cp: an Integer code point, a String, or DELETE. */
    private static Object lookupMapping(PyDict dict, PyObject table, int cp) {
        PyObject key = PyInt.of(cp);
        PyObject r;
        if (dict != null) {
            r = dict.get(key);
            if (r == null) return cp;
        } else {
            try {
                r = Abstract.getItem(table, key);
            } catch (PyException e) {
                if (e.matches(PyExc.LookupError)) return cp;
                throw e;
            }
        }
        if (r == PyNone.NONE) return DELETE;
        if (r instanceof PyInt n) {
            if (n.big != null || n.value < 0 || n.value >= 0x110000) {
                throw PyErr.valueError("character mapping must be in range(0x110000)");
            }
            return (int) n.value;
        }
        if (r instanceof PyStr rs) return rs.value;
        throw PyErr.typeError("character mapping must return integer, None or str");
    }

    static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : d.entries()) {
                PyObject k = e.getKey();
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) throw PyErr.valueError("string keys in translate table must be of length 1");
                    out.put(PyInt.of(ks.value.codePointAt(0)), e.getValue());
                } else if (k instanceof PyInt) {
                    out.put(k, e.getValue());
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(x instanceof PyStr xs)) {
            throw PyErr.typeError("first maketrans argument must be a string if there is a second argument");
        }
        PyStr ys = argStr(y, 2);
        if (xs.length() != ys.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0, n = xs.length(); i < n; i++) {
            out.put(PyInt.of(xs.codePointAt(i)), PyInt.of(ys.codePointAt(i)));
        }
        if (z != null) {
            PyStr zs = argStr(z, 3);
            for (int i = 0, n = zs.length(); i < n; i++) out.put(PyInt.of(zs.codePointAt(i)), PyNone.NONE);
        }
        return out;
    }

    private static PyStr argStr(PyObject o, int pos) {
        if (o instanceof PyStr s) return s;
        throw PyErr.typeError("maketrans() argument %d must be str, not %s", pos, badArgType(o));
    }

    // ---- splitting ------------------------------------------------------------------

    static PyList splitWhitespace(PyStr str, int max) {
        String s = str.value;
        int n = s.length(), i = 0;
        PyList out = new PyList();
        while (true) {
            while (i < n && StrCase.isSpace(s.charAt(i))) i++;
            if (i == n) break;
            if (max-- <= 0) {
                out.append(str.cut(i, n));
                break;
            }
            int j = i;
            while (j < n && !StrCase.isSpace(s.charAt(j))) j++;
            out.append(str.cut(i, j));
            i = j;
        }
        return out;
    }

    static PyList rsplitWhitespace(PyStr str, int max) {
        String s = str.value;
        int j = s.length();
        PyList out = new PyList();
        while (true) {
            while (j > 0 && StrCase.isSpace(s.charAt(j - 1))) j--;
            if (j == 0) break;
            if (max-- <= 0) {
                out.append(str.cut(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !StrCase.isSpace(s.charAt(i - 1))) i--;
            out.append(str.cut(i, j));
            j = i;
        }
        reverse(out);
        return out;
    }

    static PyList split(PyStr str, String sep, int max) {
        String s = str.value;
        PyList out = new PyList();
        int from = 0, m = sep.length();
        while (max-- > 0) {
            int i = s.indexOf(sep, from);
            if (i < 0) break;
            out.append(str.cut(from, i));
            from = i + m;
        }
        out.append(str.cut(from, s.length()));
        return out;
    }

    static PyList rsplit(PyStr str, String sep, int max) {
        String s = str.value;
        PyList out = new PyList();
        int to = s.length(), m = sep.length();
        while (max-- > 0) {
            int i = rfind(s, sep, 0, to);
            if (i < 0) break;
            out.append(str.cut(i + m, to));
            to = i;
        }
        out.append(str.cut(0, to));
        reverse(out);
        return out;
    }

    private static void reverse(PyList l) {
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            PyObject t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    /** True for the code points str.splitlines breaks at (besides \r\n, handled by callers). */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(PyStr str, boolean keepends) {
        String s = str.value;
        int n = s.length(), i = 0;
        PyList out = new PyList();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            out.append(str.cut(i, eol));
            i = j;
        }
        return out;
    }

    static PyObject partition(PyStr str, PyObject sepObj, boolean reverse) {
        if (!(sepObj instanceof PyStr sep)) throw PyErr.typeError("must be str, not %s", sepObj.type.tpName());
        String s = str.value, p = sep.value;
        if (p.isEmpty()) throw PyErr.valueError("empty separator");
        int i = reverse ? s.lastIndexOf(p) : s.indexOf(p);
        if (i < 0) {
            PyStr whole = str.result(s);
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole) : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(str.cut(0, i), sep.type == PyStr.TYPE ? sep : PyStr.of(p), str.cut(i + p.length(), s.length()));
    }
}
