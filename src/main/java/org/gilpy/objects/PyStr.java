package org.gilpy.objects;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's {@code str}: an immutable sequence of code points, stored as a Java String
 * (UTF-16).
 *
 * <p>Invariants: {@link #value} never changes; indexes and lengths seen by Python count
 * code points, not UTF-16 units. The string's "kind" (ASCII, Latin-1, BMP or astral, i.e.
 * containing surrogate pairs) is computed once, lazily; for every kind but astral a code
 * point index is a char index, so indexing, slicing and searching are O(1) conversions.
 * Astral strings keep a lazily built table of code point start offsets. A lone surrogate
 * is a code point of its own, except that a high surrogate directly followed by a low one
 * reads as one astral code point (a limitation of storing UTF-16).
 *
 * <p>The algorithms live in helpers: {@link StrOps} (search, split, strip, pad),
 * {@link StrCase} (case mapping and character classes), {@link StrCodecs} (encode and
 * decode), {@link StrRepr}, {@link StringFormatter} ({@code str.format} and
 * {@code __format__}) and {@link PercentFormat} ({@code %}). This class declares what
 * Python sees and converts between code point and char indexes.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT,
            t -> t == PyStr.TYPE ? PyStr.EMPTY : new Derived(t, ""));

    private static final byte UNKNOWN = 0, ASCII = 1, LATIN1 = 2, BMP = 3, ASTRAL = 4;

    /** The one-character strings U+0000..U+00FF, shared (as CPython does). */
    private static final PyStr[] CHARS = new PyStr[256];
    public static final PyStr EMPTY = new PyStr(TYPE, "", ASCII);

    static {
        for (int c = 0; c < 256; c++) CHARS[c] = new PyStr(TYPE, String.valueOf((char) c), c < 128 ? ASCII : LATIN1);
    }

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    public final String value;
    /** One of UNKNOWN, ASCII, LATIN1, BMP, ASTRAL. This and the two fields below are
     * computed lazily; a race only computes the same values twice (and threads hand over
     * through the GIL, which orders the writes). */
    private byte kind;
    /** Number of code points, valid when kind is ASTRAL. */
    private int cpCount;
    /** For astral strings, the char offset where each code point starts (plus the end). */
    private int[] starts;

    protected PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    private PyStr(PyType type, String value, byte kind) {
        super(type);
        this.value = value;
        this.kind = kind;
    }

    /** Instances of Python subclasses of str: they have a {@code __dict__}. */
    static final class Derived extends PyStr {
        private PyDict dict;

        Derived(PyType type, String value) {
            super(type, value);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    public static PyStr of(String s) {
        int n = s.length();
        if (n <= 1) {
            // null only while this class is being initialized (a class-initialization cycle)
            PyStr shared = n == 0 ? EMPTY : s.charAt(0) < 256 ? CHARS[s.charAt(0)] : null;
            if (shared != null) return shared;
        }
        return new PyStr(TYPE, s);
    }

    /** The one-character string for code point cp (0 <= cp < 0x110000). */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256 && CHARS[cp] != null) return CHARS[cp];
        if (cp < 0x10000) return new PyStr(TYPE, String.valueOf((char) cp), cp < 256 ? UNKNOWN : BMP);
        PyStr s = new PyStr(TYPE, Character.toString(cp), ASTRAL);
        s.cpCount = 1;
        return s;
    }

    /** A str known to hold only ASCII characters (skips the scan for the kind). */
    static PyStr ofAscii(String s) {
        return s.length() <= 1 ? of(s) : new PyStr(TYPE, s, ASCII);
    }

    /** A str of the same kind as a string it was cut from, when that kind is narrow. */
    private PyStr sameKind(String s) {
        int n = s.length();
        if (n <= 1) return of(s);
        byte k = kind;
        return new PyStr(TYPE, s, k == ASCII || k == LATIN1 ? k : UNKNOWN);
    }

    /** The one shared PyStr for s (identifiers, attribute names). */
    public static PyStr intern(String s) {
        return INTERNED.computeIfAbsent(s, k -> new PyStr(TYPE, k.intern()));
    }

    /** An instance of {@code cls} (str or a subclass) holding s. */
    static PyStr create(PyType cls, String s) {
        return cls == TYPE ? of(s) : new Derived(cls, s);
    }

    // ---- kind, length and index conversion -------------------------------------

    private byte kind() {
        byte k = kind;
        if (k == UNKNOWN) {
            k = computeKind();
            kind = k;
        }
        return k;
    }

    private byte computeKind() {
        String s = value;
        int n = s.length();
        int max = 0;
        for (int i = 0; i < n; i++) max |= s.charAt(i);
        if (max < 0x80) return ASCII;
        if (max < 0x100) return LATIN1;
        int count = n;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                count--;
                i++;
            }
        }
        if (count == n) return BMP;
        cpCount = count;
        return ASTRAL;
    }

    /** Number of code points. */
    public int length() {
        return kind() == ASTRAL ? cpCount : value.length();
    }

    public boolean isAscii() {
        return kind() == ASCII;
    }

    /** True when every code point is one char (no surrogate pairs): indexes are char offsets. */
    public boolean isNarrow() {
        return kind() != ASTRAL;
    }

    private int[] starts() {
        int[] st = starts;
        if (st == null) {
            String s = value;
            int n = length();
            st = new int[n + 1];
            int off = 0;
            for (int i = 0; i < n; i++) {
                st[i] = off;
                off += Character.charCount(s.codePointAt(off));
            }
            st[n] = s.length();
            starts = st;
        }
        return st;
    }

    /** The char offset of code point index i (0 <= i <= length()). */
    int offset(int i) {
        return kind() == ASTRAL ? starts()[i] : i;
    }

    /** The code point index of the code point containing char offset off. */
    int cpIndex(int off) {
        if (kind() != ASTRAL) return off;
        int r = Arrays.binarySearch(starts(), off);
        return r >= 0 ? r : -r - 2;
    }

    /** The code point at Python index i (0 <= i < length()). */
    public int codePointAt(int i) {
        return kind() == ASTRAL ? value.codePointAt(starts()[i]) : value.charAt(i);
    }

    /** The one-character string at index i (0 <= i < length()). */
    public PyStr charAt(int i) {
        if (kind() != ASTRAL) {
            char c = value.charAt(i);
            return c < 256 ? CHARS[c] : new PyStr(TYPE, String.valueOf(c), BMP);
        }
        return ofCodePoint(value.codePointAt(starts()[i]));
    }

    /** Code points [start, stop) as a str. */
    PyStr substring(int start, int stop) {
        if (start >= stop) return EMPTY;
        if (start == 0 && stop == length() && type == TYPE) return this;
        return sameKind(value.substring(offset(start), offset(stop)));
    }

    /** Chars [cs, ce) of the value as a str (a split or partition piece). */
    PyStr cut(int cs, int ce) {
        if (cs == 0 && ce == value.length() && type == TYPE) return this;
        return sameKind(value.substring(cs, ce));
    }

    /** A str result: this object when unchanged and exact, else a new str. */
    PyStr result(String s) {
        if (s == value && type == TYPE) return this;
        return of(s);
    }

    // ---- Java API for the interpreter ------------------------------------------

    /** {@code a + b} for two str objects. */
    public static PyStr concat(PyStr a, PyStr b) {
        if (a.value.isEmpty()) return b.type == TYPE ? b : of(b.value);
        if (b.value.isEmpty()) return a.type == TYPE ? a : of(a.value);
        byte k = a.kind == ASCII && b.kind == ASCII ? ASCII : UNKNOWN;
        return new PyStr(TYPE, a.value.concat(b.value), k);
    }

    /** {@code s * n}. */
    public static PyStr repeat(PyStr s, long n) {
        if (n <= 0 || s.value.isEmpty()) return EMPTY;
        if (n == 1) return s.type == TYPE ? s : of(s.value);
        long total = (long) s.value.length() * n;
        if (total > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        String r = s.value.repeat((int) n);
        byte k = s.kind();
        return new PyStr(TYPE, r, k == ASTRAL ? UNKNOWN : k);
    }

    /** {@code ascii(o)}: the repr with every non-ASCII code point escaped. */
    public static PyStr ascii(PyObject o) {
        return StrRepr.ascii(o);
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) return x - y;
                return codePointContaining(a, i) - codePointContaining(b, i);
            }
        }
        return a.length() - b.length();
    }

    private static int codePointContaining(String s, int i) {
        if (i > 0 && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
            return s.codePointAt(i - 1);
        }
        return s.codePointAt(i);
    }

    /** The Python hash: non-negative, so it folds to exactly {@link String#hashCode()}. */
    public long strHash() {
        return value.hashCode() & 0xFFFFFFFFL;
    }

    @Override
    public int hashCode() {
        if (type != TYPE) return super.hashCode();
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (type == TYPE && o instanceof PyStr s && s.type == TYPE) return value.equals(s.value);
        return super.equals(o);
    }

    /** The Java string of a str argument, or TypeError "must be str, not T". */
    static String arg(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("must be str, not %s", o.type.tpName());
    }

    /** A str argument of a named method: "NAME() argument N must be str, not T". */
    static String arg(PyObject o, String fname, int pos) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() argument %d must be str, not %s", fname, pos, StrOps.badArgType(o));
    }

    // ---- construction ---------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 3) throw PyErr.typeError("str() takes at most 3 arguments (%d given)", npos);
        PyObject[] a = new PyObject[3];
        System.arraycopy(args, 0, a, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = switch (kwnames[k]) {
                case "object" -> 0;
                case "encoding" -> 1;
                case "errors" -> 2;
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for str()", kwnames[k]);
            };
            if (a[idx] != null) {
                throw PyErr.typeError("argument for str() given by name ('%s') and position (%d)", kwnames[k], idx + 1);
            }
            a[idx] = args[npos + k];
        }
        String s;
        if (a[1] == null && a[2] == null) {
            if (a[0] == null) return cls == TYPE ? EMPTY : new Derived(cls, "");
            PyStr r = Abstract.str(a[0]);
            if (cls == TYPE) return r;
            s = r.value;
        } else {
            String enc = a[1] == null ? "utf-8" : StrCodecs.nameArg(a[1], "str", "encoding");
            String err = a[2] == null ? "strict" : StrCodecs.nameArg(a[2], "str", "errors");
            PyObject obj = a[0] == null ? PyBytes.EMPTY : a[0];
            if (obj instanceof PyStr) throw PyErr.typeError("decoding str is not supported");
            byte[] data = BytesLike.bytesOrNull(obj);
            if (data == null) {
                throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", obj.type.tpName());
            }
            s = StrCodecs.decode(data, 0, BytesLike.length(obj), enc, err);
        }
        return create(cls, s);
    }

    // ---- the object protocol --------------------------------------------------

    @PyMethod
    public PyObject __str__() {
        return type == TYPE ? this : of(value);
    }

    @PyMethod
    public String __repr__() {
        return StrRepr.repr(value);
    }

    @PyMethod
    public long __hash__() {
        return strHash();
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(value.equals(s.value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(!value.equals(s.value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compare(value, s.value) < 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compare(value, s.value) <= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compare(value, s.value) > 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        return o instanceof PyStr s ? PyBool.of(compare(value, s.value) >= 0) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", StrOps.badArgType(spec));
        }
        if (s.value.isEmpty()) return __str__();
        return of(StringFormatter.formatStr(this, s.value));
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(of(value));
    }

    @PyMethod
    public long __sizeof__() {
        byte k = kind();
        int n = value.length();
        return switch (k) {
            case ASCII -> 49 + n;
            case LATIN1 -> 73 + n;
            case BMP -> 74 + 2L * n;
            default -> 76 + 4L * length();
        };
    }

    // ---- the sequence protocol ------------------------------------------------

    @PyMethod
    public int __len__() {
        return length();
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt i) return getItem(i);
        if (StrOps.isSlice(key)) {
            PySlice.Indices r = ((PySlice) key).indices(length());
            return slice(r.start(), r.stop(), r.step(), r.length());
        }
        if (key.type.lookup("__index__") != null) return getItem(Abstract.index(key));
        throw PyErr.typeError("string indices must be integers, not '%s'", key.type.tpName());
    }

    private PyStr getItem(PyInt key) {
        int n = length();
        long i;
        if (key.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        i = key.value;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.indexError("string index out of range");
        return charAt((int) i);
    }

    /** {@code s[start:stop:step]} for normalized slice indices and length. */
    public PyStr slice(int start, int stop, int step, int count) {
        if (count <= 0) return EMPTY;
        if (step == 1) return substring(start, stop);
        String s = value;
        StringBuilder b = new StringBuilder(count);
        if (kind() != ASTRAL) {
            for (int i = 0, j = start; i < count; i++, j += step) b.append(s.charAt(j));
        } else {
            int[] st = starts();
            for (int i = 0, j = start; i < count; i++, j += step) b.appendCodePoint(s.codePointAt(st[j]));
        }
        return sameKind(b.toString());
    }

    @PyMethod
    public PyObject __iter__() {
        return new StrIterator(this);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        if (o instanceof PyStr s) return value.contains(s.value);
        throw PyErr.typeError("'in <string>' requires string as left operand, not %s", o.type.tpName());
    }

    // ---- operators ------------------------------------------------------------

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (o instanceof PyStr s) return concat(this, s);
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup("__index__") == null) return PyNotImplemented.NOT_IMPLEMENTED;
        return repeat(this, Abstract.asSize(n));
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __mod__(PyObject args) {
        return of(PercentFormat.formatStr(value, args));
    }

    @PyMethod
    public PyObject __rmod__(PyObject o) {
        if (o instanceof PyStr s) return of(PercentFormat.formatStr(s.value, this));
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- searching --------------------------------------------------------------

    /** Checks the (sub[, start[, end]]) arguments of find and its relatives. */
    static PyObject[] subArgs(String name, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("str.%s() takes no keyword arguments", name);
        }
        if (args.length < 1) throw PyErr.typeError("%s() takes at least 1 argument (0 given)", name);
        if (args.length > 3) throw PyErr.typeError("%s() takes at most 3 arguments (%d given)", name, args.length);
        return args;
    }

    /** Start and end (code point indexes, adjusted as slice bounds; start may exceed end). */
    private int[] range(PyObject[] args) {
        int n = length();
        int start = StrOps.sliceIndex(args.length > 1 ? args[1] : null, 0);
        int end = StrOps.sliceIndex(args.length > 2 ? args[2] : null, Integer.MAX_VALUE);
        if (end > n) end = n;
        else if (end < 0) end = Math.max(end + n, 0);
        if (start < 0) start = Math.max(start + n, 0);
        return new int[] {start, end};
    }

    private int findImpl(String name, PyObject[] args, String[] kwnames, boolean reverse) {
        subArgs(name, args, kwnames);
        String sub = arg(args[0]);
        int[] r = range(args);
        if (r[0] > r[1]) return -1;
        int cs = offset(r[0]), ce = offset(r[1]);
        int i = reverse ? StrOps.rfind(value, sub, cs, ce) : StrOps.find(value, sub, cs, ce);
        return i < 0 ? -1 : cpIndex(i);
    }

    @PyMethod
    public int find(PyObject[] args, String[] kwnames) {
        return findImpl("find", args, kwnames, false);
    }

    @PyMethod
    public int rfind(PyObject[] args, String[] kwnames) {
        return findImpl("rfind", args, kwnames, true);
    }

    @PyMethod
    public int index(PyObject[] args, String[] kwnames) {
        int i = findImpl("index", args, kwnames, false);
        if (i < 0) throw PyErr.valueError("substring not found");
        return i;
    }

    @PyMethod
    public int rindex(PyObject[] args, String[] kwnames) {
        int i = findImpl("rindex", args, kwnames, true);
        if (i < 0) throw PyErr.valueError("substring not found");
        return i;
    }

    @PyMethod
    public int count(PyObject[] args, String[] kwnames) {
        subArgs("count", args, kwnames);
        String sub = arg(args[0]);
        int[] r = range(args);
        if (r[0] > r[1]) return 0;
        if (sub.isEmpty()) return r[1] - r[0] + 1;
        return StrOps.count(value, sub, offset(r[0]), offset(r[1]), Integer.MAX_VALUE);
    }

    private boolean tailMatch(String name, PyObject[] args, String[] kwnames, boolean atEnd) {
        subArgs(name, args, kwnames);
        int[] r = range(args);
        PyObject what = args[0];
        if (what instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (!(item instanceof PyStr s)) {
                    throw PyErr.typeError("tuple for %s must only contain str, not %s", name, item.type.tpName());
                }
                if (tailMatch(s, r, atEnd)) return true;
            }
            return false;
        }
        if (!(what instanceof PyStr s)) {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %s", name, what.type.tpName());
        }
        return tailMatch(s, r, atEnd);
    }

    private boolean tailMatch(PyStr sub, int[] r, boolean atEnd) {
        int start = r[0], end = r[1];
        int m = sub.length();
        if (start > length() || end - start < m) return false;
        if (m == 0) return true;
        if (atEnd) return value.startsWith(sub.value, offset(end) - sub.value.length()) && offset(end - m) == offset(end) - sub.value.length();
        return value.startsWith(sub.value, offset(start));
    }

    @PyMethod
    public boolean startswith(PyObject[] args, String[] kwnames) {
        return tailMatch("startswith", args, kwnames, false);
    }

    @PyMethod
    public boolean endswith(PyObject[] args, String[] kwnames) {
        return tailMatch("endswith", args, kwnames, true);
    }

    // ---- transformations ------------------------------------------------------

    @PyMethod(optional = 1)
    public PyObject replace(PyObject old, PyObject rep, PyObject count) {
        String o = arg(old, "replace", 1), r = arg(rep, "replace", 2);
        int max = count == null ? -1 : StrOps.asSsize(count);
        return result(StrOps.replace(this, o, r, max));
    }

    @PyMethod
    public PyObject join(PyObject iterable) {
        return StrOps.join(this, iterable);
    }

    @PyMethod(optional = 1)
    public PyObject strip(PyObject chars) {
        return result(StrOps.strip(value, stripChars(chars, "strip"), true, true));
    }

    @PyMethod(optional = 1)
    public PyObject lstrip(PyObject chars) {
        return result(StrOps.strip(value, stripChars(chars, "lstrip"), true, false));
    }

    @PyMethod(optional = 1)
    public PyObject rstrip(PyObject chars) {
        return result(StrOps.strip(value, stripChars(chars, "rstrip"), false, true));
    }

    private static String stripChars(PyObject chars, String name) {
        if (chars == null || chars == PyNone.NONE) return null;
        if (chars instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s arg must be None or str", name);
    }

    @PyMethod
    public PyObject removeprefix(PyObject prefix) {
        if (!(prefix instanceof PyStr p)) {
            throw PyErr.typeError("removeprefix() argument must be str, not %s", StrOps.badArgType(prefix));
        }
        return value.startsWith(p.value) ? result(value.substring(p.value.length())) : result(value);
    }

    @PyMethod
    public PyObject removesuffix(PyObject suffix) {
        if (!(suffix instanceof PyStr p)) {
            throw PyErr.typeError("removesuffix() argument must be str, not %s", StrOps.badArgType(suffix));
        }
        String s = p.value;
        return !s.isEmpty() && value.endsWith(s) ? result(value.substring(0, value.length() - s.length())) : result(value);
    }

    @PyMethod(optional = 1)
    public PyObject center(PyObject width, PyObject fill) {
        return result(StrOps.pad(this, Abstract.asSize(width), fillChar(fill), 0));
    }

    @PyMethod(optional = 1)
    public PyObject ljust(PyObject width, PyObject fill) {
        return result(StrOps.pad(this, Abstract.asSize(width), fillChar(fill), -1));
    }

    @PyMethod(optional = 1)
    public PyObject rjust(PyObject width, PyObject fill) {
        return result(StrOps.pad(this, Abstract.asSize(width), fillChar(fill), 1));
    }

    private static int fillChar(PyObject fill) {
        if (fill == null) return ' ';
        if (!(fill instanceof PyStr f)) {
            throw PyErr.typeError("The fill character must be a unicode character, not %s", fill.type.tpName());
        }
        if (f.length() != 1) throw PyErr.typeError("The fill character must be exactly one character long");
        return f.value.codePointAt(0);
    }

    @PyMethod
    public PyObject zfill(PyObject width) {
        return result(StrOps.zfill(this, Abstract.asSize(width)));
    }

    @PyMethod
    public PyObject expandtabs(PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("expandtabs", args, kwnames, new String[] {"tabsize"});
        int tab = a[0] == null ? 8 : StrOps.asInt(a[0]);
        return result(StrOps.expandtabs(value, tab));
    }

    @PyMethod
    public PyObject translate(PyObject table) {
        return result(StrOps.translate(value, table));
    }

    @PyMethod(kind = PyMethod.Kind.STATICMETHOD, optional = 2)
    public static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        return StrOps.maketrans(x, y, z);
    }

    // ---- splitting ------------------------------------------------------------

    @PyMethod
    public PyObject split(PyObject[] args, String[] kwnames) {
        return splitImpl("split", args, kwnames, false);
    }

    @PyMethod
    public PyObject rsplit(PyObject[] args, String[] kwnames) {
        return splitImpl("rsplit", args, kwnames, true);
    }

    private PyObject splitImpl(String name, PyObject[] args, String[] kwnames, boolean reverse) {
        PyObject[] a = StrOps.parseArgs(name, args, kwnames, new String[] {"sep", "maxsplit"});
        PyObject sep = a[0];
        int max = a[1] == null ? -1 : StrOps.asSsize(a[1]);
        if (max < 0) max = Integer.MAX_VALUE;
        if (sep == null || sep == PyNone.NONE) {
            return reverse ? StrOps.rsplitWhitespace(this, max) : StrOps.splitWhitespace(this, max);
        }
        if (!(sep instanceof PyStr s)) throw PyErr.typeError("must be str or None, not %s", sep.type.tpName());
        if (s.value.isEmpty()) throw PyErr.valueError("empty separator");
        return reverse ? StrOps.rsplit(this, s.value, max) : StrOps.split(this, s.value, max);
    }

    @PyMethod
    public PyObject splitlines(PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("splitlines", args, kwnames, new String[] {"keepends"});
        boolean keep = a[0] != null && StrOps.asInt(a[0]) != 0;
        return StrOps.splitlines(this, keep);
    }

    @PyMethod
    public PyObject partition(PyObject sep) {
        return StrOps.partition(this, sep, false);
    }

    @PyMethod
    public PyObject rpartition(PyObject sep) {
        return StrOps.partition(this, sep, true);
    }

    // ---- case and character classes ---------------------------------------------

    @PyMethod
    public PyObject lower() {
        return result(StrCase.lower(value, kind() <= LATIN1));
    }

    @PyMethod
    public PyObject upper() {
        return result(StrCase.upper(value, kind() == ASCII));
    }

    @PyMethod
    public PyObject swapcase() {
        return of(StrCase.swapcase(value));
    }

    @PyMethod
    public PyObject title() {
        return of(StrCase.title(value));
    }

    @PyMethod
    public PyObject capitalize() {
        return of(StrCase.capitalize(value));
    }

    @PyMethod
    public PyObject casefold() {
        return result(StrCase.casefold(value, kind() == ASCII));
    }

    @PyMethod
    public boolean islower() { return StrCase.islower(value); }

    @PyMethod
    public boolean isupper() { return StrCase.isupper(value); }

    @PyMethod
    public boolean istitle() { return StrCase.istitle(value); }

    @PyMethod
    public boolean isascii() { return kind() == ASCII; }

    @PyMethod
    public boolean isalpha() { return StrCase.all(value, StrCase::isAlpha); }

    @PyMethod
    public boolean isalnum() { return StrCase.all(value, StrCase::isAlnum); }

    @PyMethod
    public boolean isdecimal() { return StrCase.all(value, StrCase::isDecimal); }

    @PyMethod
    public boolean isdigit() { return StrCase.all(value, StrCase::isDigit); }

    @PyMethod
    public boolean isnumeric() { return StrCase.all(value, StrCase::isNumeric); }

    @PyMethod
    public boolean isspace() { return StrCase.all(value, StrCase::isSpace); }

    @PyMethod
    public boolean isprintable() {
        return value.isEmpty() || StrCase.all(value, StrRepr::isPrintable);
    }

    @PyMethod
    public boolean isidentifier() { return StrCase.isIdentifier(value); }

    // ---- encoding and formatting -------------------------------------------------

    @PyMethod
    public PyObject encode(PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("encode", args, kwnames, new String[] {"encoding", "errors"});
        String enc = a[0] == null ? "utf-8" : StrCodecs.nameArg(a[0], "encode", "encoding");
        String err = a[1] == null ? "strict" : StrCodecs.nameArg(a[1], "encode", "errors");
        return PyBytes.wrap(StrCodecs.encode(value, enc, err));
    }

    @PyMethod
    public PyObject format(PyObject[] args, String[] kwnames) {
        return of(StringFormatter.format(value, args, kwnames));
    }

    @PyMethod
    public PyObject format_map(PyObject mapping) {
        return of(StringFormatter.formatMap(value, mapping));
    }
}
