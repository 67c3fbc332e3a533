package org.gilpy.objects;

import java.util.Arrays;

/**
 * The methods bytes and bytearray share, written once over {@code (byte[] data, int
 * length)}: {@link PyBytes} and {@link PyByteArray} declare them to Python and call
 * these. A result is of the receiver's type (bytearray methods return new bytearrays).
 * Character classes and case mapping are ASCII-only, as in CPython.
 */
final class BytesOps {
    private BytesOps() {}

    // ---- results ------------------------------------------------------------------------

    /** A result of self's kind (bytes or bytearray) that owns data. */
    static PyObject make(BytesLike self, byte[] data) {
        return self instanceof PyByteArray ? new PyByteArray(data) : PyBytes.wrap(data);
    }

    /** The receiver unchanged: itself for an exact bytes, else a copy of self's kind. */
    static PyObject unchanged(BytesLike self) {
        if (self instanceof PyBytes b && b.type == PyBytes.TYPE) return b;
        return make(self, Arrays.copyOf(self.bytesData(), self.bytesLength()));
    }

    private static PyObject slice(BytesLike self, int from, int to) {
        if (from == 0 && to == self.bytesLength() && !(self instanceof PyByteArray)) return unchanged(self);
        return make(self, Arrays.copyOfRange(self.bytesData(), from, to));
    }

    static String typeName(BytesLike self) {
        return self instanceof PyByteArray ? "bytearray" : "bytes";
    }

    // ---- construction ---------------------------------------------------------------------

    /** The bytes for {@code bytes(source)} / {@code bytearray(source)} without an encoding. */
    static byte[] fromSource(PyObject src, String tname) {
        if (src instanceof PyStr) throw PyErr.typeError("string argument without an encoding");
        if (src instanceof BytesLike b) return Arrays.copyOf(b.bytesData(), b.bytesLength());
        if (src instanceof PyInt || src.type.lookup("__index__") != null) {
            int n = Abstract.asSize(src);
            if (n < 0) throw PyErr.valueError("negative count");
            if (n > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
            return new byte[n];
        }
        if (src.type.lookup("__iter__") == null && src.type.lookup("__getitem__") == null) {
            throw PyErr.typeError("cannot convert '%s' object to %s", src.type.tpName(), tname);
        }
        PyObject it = Abstract.iter(src);
        BytesBuilder out = new BytesBuilder(16);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyInt v = Abstract.index(x);
            if (v.big != null || v.value < 0 || v.value > 255) {
                throw PyErr.valueError("%s must be in range(0, 256)", tname.equals("bytes") ? "bytes" : "byte");
            }
            out.append((int) v.value);
        }
        return out.toArray();
    }

    /** An int in range(256) (through __index__), or ValueError "byte must be in range(0, 256)". */
    static int byteValue(PyObject x) {
        PyInt i = Abstract.index(x);
        if (i.big != null || i.value < 0 || i.value > 255) throw PyErr.valueError("byte must be in range(0, 256)");
        return (int) i.value;
    }

    /** The needle of find/count/index and `in`: an int (one byte) or a bytes-like object. */
    private static byte[] subArg(PyObject o) {
        if (o instanceof BytesLike) return BytesLike.exact(o);
        if (o instanceof PyInt || o.type.lookup("__index__") != null) return new byte[] {(byte) byteValue(o)};
        throw PyErr.typeError("argument should be integer or bytes-like object, not '%s'", o.type.tpName());
    }

    // ---- searching -----------------------------------------------------------------------

    /** First index of sub fully inside a[from:to], or -1. */
    static int indexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (to - from < m) return -1;
        if (m == 0) return from;
        byte first = sub[0];
        for (int i = from, last = to - m; i <= last; i++) {
            if (a[i] == first && Arrays.equals(a, i, i + m, sub, 0, m)) return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (to - from < m) return -1;
        if (m == 0) return to;
        byte first = sub[0];
        for (int i = to - m; i >= from; i--) {
            if (a[i] == first && Arrays.equals(a, i, i + m, sub, 0, m)) return i;
        }
        return -1;
    }

    private static PyObject[] subArgs(BytesLike self, String name, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s.%s() takes no keyword arguments", typeName(self), name);
        }
        if (args.length < 1) throw PyErr.typeError("%s() takes at least 1 argument (0 given)", name);
        if (args.length > 3) throw PyErr.typeError("%s() takes at most 3 arguments (%d given)", name, args.length);
        return args;
    }

    private static int[] range(int n, PyObject[] args) {
        int start = StrOps.sliceIndex(args.length > 1 ? args[1] : null, 0);
        int end = StrOps.sliceIndex(args.length > 2 ? args[2] : null, Integer.MAX_VALUE);
        if (end > n) end = n;
        else if (end < 0) end = Math.max(end + n, 0);
        if (start < 0) start = Math.max(start + n, 0);
        return new int[] {start, end};
    }

    static int find(BytesLike self, String name, PyObject[] args, String[] kwnames, boolean reverse) {
        subArgs(self, name, args, kwnames);
        byte[] sub = subArg(args[0]);
        int n = self.bytesLength();
        int[] r = range(n, args);
        if (r[0] > r[1]) return -1;
        return reverse ? lastIndexOf(self.bytesData(), r[0], r[1], sub) : indexOf(self.bytesData(), r[0], r[1], sub);
    }

    static int index(BytesLike self, String name, PyObject[] args, String[] kwnames, boolean reverse) {
        int i = find(self, name, args, kwnames, reverse);
        if (i < 0) throw PyErr.valueError("subsection not found");
        return i;
    }

    static int count(BytesLike self, PyObject[] args, String[] kwnames) {
        subArgs(self, "count", args, kwnames);
        byte[] sub = subArg(args[0]);
        int[] r = range(self.bytesLength(), args);
        if (r[0] > r[1]) return 0;
        if (sub.length == 0) return r[1] - r[0] + 1;
        byte[] a = self.bytesData();
        int c = 0;
        for (int i = indexOf(a, r[0], r[1], sub); i >= 0; i = indexOf(a, i + sub.length, r[1], sub)) c++;
        return c;
    }

    static boolean tailMatch(BytesLike self, String name, PyObject[] args, String[] kwnames, boolean atEnd) {
        subArgs(self, name, args, kwnames);
        int n = self.bytesLength();
        int[] r = range(n, args);
        PyObject what = args[0];
        if (what instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (tailMatch(self.bytesData(), n, BytesLike.exact(item), r, atEnd)) return true;
            }
            return false;
        }
        if (!(what instanceof BytesLike)) {
            throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, what.type.tpName());
        }
        return tailMatch(self.bytesData(), n, BytesLike.exact(what), r, atEnd);
    }

    private static boolean tailMatch(byte[] a, int n, byte[] sub, int[] r, boolean atEnd) {
        int start = r[0], end = r[1], m = sub.length;
        if (start > n || end - start < m) return false;
        int at = atEnd ? end - m : start;
        return Arrays.equals(a, at, at + m, sub, 0, m);
    }

    static boolean contains(BytesLike self, PyObject o) {
        byte[] sub;
        if (o instanceof PyInt || (!(o instanceof BytesLike) && o.type.lookup("__index__") != null)) {
            sub = new byte[] {(byte) byteValue(o)};
        } else {
            sub = BytesLike.exact(o);
        }
        return indexOf(self.bytesData(), 0, self.bytesLength(), sub) >= 0;
    }

    // ---- transformations --------------------------------------------------------------------

    static PyObject replace(BytesLike self, PyObject oldObj, PyObject newObj, PyObject countObj) {
        byte[] old = BytesLike.exact(oldObj), rep = BytesLike.exact(newObj);
        int max = countObj == null ? -1 : StrOps.asSsize(countObj);
        if (max < 0) max = Integer.MAX_VALUE;
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        if (max == 0) return unchanged(self);
        BytesBuilder out = new BytesBuilder(n + 16);
        if (old.length == 0) {
            int times = (int) Math.min((long) n + 1, max);
            for (int i = 0; i < times; i++) {
                out.append(rep);
                if (i < n) out.append(a[i]);
            }
            if (times <= n) out.append(a, times, n - times);
            return make(self, out.toArray());
        }
        int from = 0, done = 0;
        for (int i = indexOf(a, 0, n, old); i >= 0 && done < max; i = indexOf(a, from, n, old)) {
            out.append(a, from, i - from).append(rep);
            from = i + old.length;
            done++;
        }
        if (done == 0) return unchanged(self);
        out.append(a, from, n - from);
        return make(self, out.toArray());
    }

    static PyObject join(BytesLike self, PyObject iterable) {
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
        byte[] sep = self.bytesData();
        int sn = self.bytesLength();
        long total = 0;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof BytesLike b)) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", i, items[i].type.tpName());
            }
            total += b.bytesLength() + (i > 0 ? sn : 0);
        }
        if (total > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        byte[] out = new byte[(int) total];
        int pos = 0;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                System.arraycopy(sep, 0, out, pos, sn);
                pos += sn;
            }
            BytesLike b = (BytesLike) items[i];
            int len = b.bytesLength();
            System.arraycopy(b.bytesData(), 0, out, pos, len);
            pos += len;
        }
        return make(self, out);
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static PyObject strip(BytesLike self, PyObject chars, boolean left, boolean right) {
        byte[] a = self.bytesData();
        int i = 0, j = self.bytesLength();
        if (chars == null || chars == PyNone.NONE) {
            if (left) while (i < j && isSpace(a[i])) i++;
            if (right) while (j > i && isSpace(a[j - 1])) j--;
        } else {
            boolean[] set = new boolean[256];
            for (byte c : BytesLike.exact(chars)) set[c & 0xFF] = true;
            if (left) while (i < j && set[a[i] & 0xFF]) i++;
            if (right) while (j > i && set[a[j - 1] & 0xFF]) j--;
        }
        return slice(self, i, j);
    }

    static PyObject removeAffix(BytesLike self, PyObject affix, boolean prefix) {
        byte[] p = BytesLike.exact(affix);
        byte[] a = self.bytesData();
        int n = self.bytesLength(), m = p.length;
        if (m == 0 || m > n) return unchanged(self);
        if (prefix && Arrays.equals(a, 0, m, p, 0, m)) return slice(self, m, n);
        if (!prefix && Arrays.equals(a, n - m, n, p, 0, m)) return slice(self, 0, n - m);
        return unchanged(self);
    }

    /** Pads to width: align -1 ljust, 0 center, 1 rjust. */
    static PyObject pad(BytesLike self, String name, PyObject widthObj, PyObject fillObj, int align) {
        int width = Abstract.asSize(widthObj);
        int fill = ' ';
        if (fillObj != null) {
            if (!(fillObj instanceof BytesLike fb) || fb.bytesLength() != 1) {
                throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, StrOps.badArgType(fillObj));
            }
            fill = fb.bytesData()[0] & 0xFF;
        }
        int n = self.bytesLength();
        if (width <= n) return unchanged(self);
        int marg = width - n;
        int left = align < 0 ? 0 : align > 0 ? marg : marg / 2 + (marg & width & 1);
        byte[] out = new byte[width];
        Arrays.fill(out, 0, left, (byte) fill);
        System.arraycopy(self.bytesData(), 0, out, left, n);
        Arrays.fill(out, left + n, width, (byte) fill);
        return make(self, out);
    }

    static PyObject zfill(BytesLike self, PyObject widthObj) {
        int width = Abstract.asSize(widthObj);
        int n = self.bytesLength();
        if (width <= n) return unchanged(self);
        byte[] a = self.bytesData();
        byte[] out = new byte[width];
        int fill = width - n;
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(a, 0, out, fill, n);
        if (n > 0 && (a[0] == '+' || a[0] == '-')) {
            out[0] = a[0];
            out[fill] = '0';
        }
        return make(self, out);
    }

    static PyObject expandtabs(BytesLike self, PyObject[] args, String[] kwnames) {
        PyObject[] p = StrOps.parseArgs("expandtabs", args, kwnames, new String[] {"tabsize"});
        int tab = p[0] == null ? 8 : StrOps.asInt(p[0]);
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        BytesBuilder out = new BytesBuilder(n + 16);
        long col = 0;
        for (int i = 0; i < n; i++) {
            byte c = a[i];
            if (c == '\t') {
                if (tab > 0) {
                    int spaces = (int) (tab - col % tab);
                    col += spaces;
                    out.fill(' ', spaces);
                }
            } else {
                out.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return make(self, out.toArray());
    }

    // ---- case mapping and predicates (ASCII only) ---------------------------------------------

    static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }

    static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }

    static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    /** Case mappings: 0 lower, 1 upper, 2 swapcase, 3 title, 4 capitalize. */
    static PyObject mapCase(BytesLike self, int how) {
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        byte[] out = new byte[n];
        boolean prevCased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i];
            boolean lower = switch (how) {
                case 0 -> true;
                case 1 -> false;
                case 2 -> isUpper(c);
                case 3 -> prevCased;
                default -> i > 0;
            };
            boolean upper = switch (how) {
                case 0 -> false;
                case 1 -> true;
                case 2 -> isLower(c);
                case 3 -> !prevCased;
                default -> i == 0;
            };
            if (lower && isUpper(c)) c += 32;
            else if (upper && isLower(c)) c -= 32;
            out[i] = (byte) c;
            prevCased = isAlpha(a[i]);
        }
        return make(self, out);
    }

    /** Predicates: 0 isalnum, 1 isalpha, 2 isdigit, 3 isspace, 4 isascii. */
    static boolean all(BytesLike self, int what) {
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        if (n == 0) return what == 4;
        for (int i = 0; i < n; i++) {
            int c = a[i];
            boolean ok = switch (what) {
                case 0 -> isAlpha(c) || isDigit(c);
                case 1 -> isAlpha(c);
                case 2 -> isDigit(c);
                case 3 -> isSpace(c);
                default -> c >= 0;
            };
            if (!ok) return false;
        }
        return true;
    }

    static boolean islower(BytesLike self) {
        boolean cased = false;
        byte[] a = self.bytesData();
        for (int i = 0, n = self.bytesLength(); i < n; i++) {
            if (isUpper(a[i])) return false;
            if (isLower(a[i])) cased = true;
        }
        return cased;
    }

    static boolean isupper(BytesLike self) {
        boolean cased = false;
        byte[] a = self.bytesData();
        for (int i = 0, n = self.bytesLength(); i < n; i++) {
            if (isLower(a[i])) return false;
            if (isUpper(a[i])) cased = true;
        }
        return cased;
    }

    static boolean istitle(BytesLike self) {
        boolean cased = false, prev = false;
        byte[] a = self.bytesData();
        for (int i = 0, n = self.bytesLength(); i < n; i++) {
            int c = a[i];
            if (isUpper(c)) {
                if (prev) return false;
                prev = cased = true;
            } else if (isLower(c)) {
                if (!prev) return false;
                prev = cased = true;
            } else {
                prev = false;
            }
        }
        return cased;
    }

    // ---- translate ------------------------------------------------------------------------

    static PyObject translate(BytesLike self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 2) throw PyErr.typeError("translate() takes at most 2 arguments (%d given)", npos);
        PyObject table = npos > 0 ? args[0] : null, delete = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("delete")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for translate()", kwnames[k]);
            }
            delete = args[npos + k];
        }
        if (table == null) throw PyErr.typeError("translate() takes at least 1 positional argument (0 given)");
        byte[] map = null;
        if (table != PyNone.NONE) {
            map = BytesLike.exact(table);
            if (map.length != 256) throw PyErr.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        if (delete != null) for (byte c : BytesLike.exact(delete)) del[c & 0xFF] = true;
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        BytesBuilder out = new BytesBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            if (!del[c]) out.append(map == null ? c : map[c]);
        }
        return make(self, out.toArray());
    }

    static PyObject maketrans(PyObject from, PyObject to) {
        byte[] f = BytesLike.exact(from), t = BytesLike.exact(to);
        if (f.length != t.length) throw PyErr.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xFF] = t[i];
        return PyBytes.wrap(table);
    }

    // ---- splitting ------------------------------------------------------------------------

    static PyObject split(BytesLike self, String name, PyObject[] args, String[] kwnames, boolean reverse) {
        PyObject[] p = StrOps.parseArgs(name, args, kwnames, new String[] {"sep", "maxsplit"});
        int max = p[1] == null ? -1 : StrOps.asSsize(p[1]);
        if (max < 0) max = Integer.MAX_VALUE;
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        PyList out = new PyList();
        if (p[0] == null || p[0] == PyNone.NONE) {
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(a[i])) i++;
                    if (i == n) break;
                    if (max-- <= 0) {
                        out.append(slice(self, i, n));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(a[j])) j++;
                    out.append(slice(self, i, j));
                    i = j;
                }
            } else {
                int j = n;
                while (true) {
                    while (j > 0 && isSpace(a[j - 1])) j--;
                    if (j == 0) break;
                    if (max-- <= 0) {
                        out.append(slice(self, 0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(a[i - 1])) i--;
                    out.append(slice(self, i, j));
                    j = i;
                }
                reverse(out);
            }
            return out;
        }
        byte[] sep = BytesLike.exact(p[0]);
        if (sep.length == 0) throw PyErr.valueError("empty separator");
        if (!reverse) {
            int from = 0;
            while (max-- > 0) {
                int i = indexOf(a, from, n, sep);
                if (i < 0) break;
                out.append(slice(self, from, i));
                from = i + sep.length;
            }
            out.append(slice(self, from, n));
        } else {
            int to = n;
            while (max-- > 0) {
                int i = lastIndexOf(a, 0, to, sep);
                if (i < 0) break;
                out.append(slice(self, i + sep.length, to));
                to = i;
            }
            out.append(slice(self, 0, to));
            reverse(out);
        }
        return out;
    }

    private static void reverse(PyList l) {
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            PyObject t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    static PyObject splitlines(BytesLike self, PyObject[] args, String[] kwnames) {
        PyObject[] p = StrOps.parseArgs("splitlines", args, kwnames, new String[] {"keepends"});
        boolean keep = p[0] != null && StrOps.asInt(p[0]) != 0;
        byte[] a = self.bytesData();
        int n = self.bytesLength(), i = 0;
        PyList out = new PyList();
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                j += a[j] == '\r' && j + 1 < n && a[j + 1] == '\n' ? 2 : 1;
                if (keep) eol = j;
            }
            out.append(slice(self, i, eol));
            i = j;
        }
        return out;
    }

    static PyObject partition(BytesLike self, PyObject sepObj, boolean reverse) {
        byte[] sep = BytesLike.exact(sepObj);
        if (sep.length == 0) throw PyErr.valueError("empty separator");
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        int i = reverse ? lastIndexOf(a, 0, n, sep) : indexOf(a, 0, n, sep);
        if (i < 0) {
            // bytearray parts must be distinct objects, so each empty part is made on its own
            PyObject whole = slice(self, 0, n), e1 = make(self, new byte[0]), e2 = make(self, new byte[0]);
            return reverse ? PyTuple.of(e1, e2, whole) : PyTuple.of(whole, e1, e2);
        }
        PyObject sepOut = sepObj instanceof PyBytes sb && sb.type == PyBytes.TYPE && !(self instanceof PyByteArray)
                ? sepObj : make(self, sep.clone());
        return PyTuple.of(slice(self, 0, i), sepOut, slice(self, i + sep.length, n));
    }

    // ---- hex and repr ------------------------------------------------------------------------

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(BytesLike self, PyObject[] args, String[] kwnames) {
        PyObject[] p = StrOps.parseArgs("hex", args, kwnames, new String[] {"sep", "bytes_per_sep"});
        byte[] a = self.bytesData();
        int n = self.bytesLength();
        int sepChar = -1;
        if (p[0] != null) {
            PyObject s = p[0];
            int len;
            int c;
            if (s instanceof PyStr ss) {
                len = ss.length();
                c = len == 1 ? ss.codePointAt(0) : 0;
            } else if (s instanceof BytesLike sb) {
                len = sb.bytesLength();
                c = len == 1 ? sb.bytesData()[0] & 0xFF : 0;
            } else {
                throw PyErr.typeError("object of type '%s' has no len()", s.type.tpName());
            }
            if (len != 1) throw PyErr.valueError("sep must be length 1.");
            if (c > 127) throw PyErr.valueError("sep must be ASCII.");
            sepChar = c;
        }
        int per = p[1] == null ? 1 : StrOps.asInt(p[1]);
        StringBuilder b = new StringBuilder(n * 3);
        int group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sepChar >= 0 && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) b.append((char) sepChar);
            }
            b.append(HEX[(a[i] >> 4) & 15]).append(HEX[a[i] & 15]);
        }
        return b.toString();
    }

    static byte[] fromhex(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("fromhex() argument must be str, not %s", StrOps.badArgType(s));
        }
        String v = str.value;
        BytesBuilder out = new BytesBuilder(v.length() / 2);
        int n = v.length(), i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                i++;
                continue;
            }
            int hi = hexDigit(c);
            if (hi < 0) throw badHex(str, i);
            if (i + 1 >= n) throw badHex(str, i + 1);
            int lo = hexDigit(v.charAt(i + 1));
            if (lo < 0) throw badHex(str, i + 1);
            out.append(hi << 4 | lo);
            i += 2;
        }
        return out.toArray();
    }

    private static PyException badHex(PyStr s, int charPos) {
        return PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(charPos));
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** {@code b'...'}: CPython's quote choice and escapes. */
    static String repr(byte[] a, int n) {
        return repr(a, n, false);
    }

    /** As {@link #repr(byte[], int)}; bytearray's repr also escapes ' inside double quotes (as CPython's does). */
    static String repr(byte[] a, int n, boolean escapeSingle) {
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            if (a[i] == '\'') single = true;
            else if (a[i] == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder(n + 3).append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            else b.append((char) c);
        }
        return b.append(quote).toString();
    }

    // ---- operators ---------------------------------------------------------------------------

    static PyObject concat(BytesLike self, PyObject other) {
        if (!(other instanceof BytesLike o)) return PyNotImplemented.NOT_IMPLEMENTED;
        int n = self.bytesLength(), m = o.bytesLength();
        byte[] out = Arrays.copyOf(self.bytesData(), n + m);
        System.arraycopy(o.bytesData(), 0, out, n, m);
        return make(self, out);
    }

    static PyObject repeat(BytesLike self, PyObject count) {
        if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) return PyNotImplemented.NOT_IMPLEMENTED;
        int times = Abstract.asSize(count);
        int n = self.bytesLength();
        if (times <= 0 || n == 0) return make(self, new byte[0]);
        if ((long) n * times > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        byte[] a = self.bytesData();
        byte[] out = new byte[n * times];
        for (int k = 0; k < times; k++) System.arraycopy(a, 0, out, k * n, n);
        return make(self, out);
    }

    /** Other as the operand of self's comparisons, or null (NotImplemented): bytes leaves a
     * memoryview to compare itself, by its format and shape (bytearray compares raw bytes). */
    static BytesLike comparable(BytesLike self, PyObject other) {
        if (self instanceof PyBytes && other instanceof PyMemoryView) return null;
        return other instanceof BytesLike o ? o : null;
    }

    /** Compares self with a bytes-like other: the sign, or null when other is not comparable. */
    static Integer compare(BytesLike self, PyObject other) {
        BytesLike o = comparable(self, other);
        if (o == null) return null;
        return Arrays.compareUnsigned(self.bytesData(), 0, self.bytesLength(), o.bytesData(), 0, o.bytesLength());
    }

    static boolean equal(BytesLike self, BytesLike o) {
        return Arrays.equals(self.bytesData(), 0, self.bytesLength(), o.bytesData(), 0, o.bytesLength());
    }

    /** {@code bytes(obj)} for the {@code %b}/{@code %s} of bytes formatting: buffer or __bytes__, else null. */
    static byte[] asBytesOrNull(PyObject o) {
        if (o instanceof BytesLike) return BytesLike.exact(o);
        PyObject f = o.type.lookup("__bytes__");
        if (f == null) return null;
        PyObject r = Abstract.callUnbound(f, o, new PyObject[0], null);
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.type.tpName());
        }
        return b.value;
    }
}
