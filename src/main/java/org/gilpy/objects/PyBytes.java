package org.gilpy.objects;

import java.util.Arrays;

/**
 * Python's {@code bytes}: an immutable sequence of bytes. Invariant: {@link #value} is
 * exactly the contents and is never modified after construction (so it may be shared
 * with callers that promise not to write it). Indexing gives ints; the one-byte values
 * are shared. The methods it shares with bytearray are in {@link BytesOps}.
 */
public class PyBytes extends PyObject implements BytesLike {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyType.OBJECT,
            t -> t == PyBytes.TYPE ? PyBytes.EMPTY : new Derived(t, new byte[0]));
    public static final PyBytes EMPTY = new PyBytes(TYPE, new byte[0]);
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) SINGLE[i] = new PyBytes(TYPE, new byte[] {(byte) i});
    }

    final byte[] value;
    private int hash;

    protected PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** Instances of Python subclasses of bytes: they have a {@code __dict__}. */
    static final class Derived extends PyBytes {
        private PyDict dict;

        Derived(PyType type, byte[] value) {
            super(type, value);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    /** A bytes object that takes ownership of data (the caller must not modify it afterwards). */
    public static PyBytes wrap(byte[] data) {
        if (data.length <= 1) {
            // null only while this class is being initialized (a class-initialization cycle)
            PyBytes shared = data.length == 0 ? EMPTY : SINGLE[data[0] & 0xFF];
            if (shared != null) return shared;
        }
        return new PyBytes(TYPE, data);
    }

    /** A bytes object holding a copy of data. */
    public static PyBytes copyOf(byte[] data) {
        return wrap(data.clone());
    }

    /** The contents; callers must not modify the array. */
    public byte[] array() {
        return value;
    }

    @Override
    public byte[] bytesData() {
        return value;
    }

    @Override
    public int bytesLength() {
        return value.length;
    }

    public int size() {
        return value.length;
    }

    @Override
    public int hashCode() {
        if (type != TYPE) return super.hashCode();
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(value);
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (type == TYPE && o instanceof PyBytes b && b.type == TYPE) return Arrays.equals(value, b.value);
        return super.equals(o);
    }

    // ---- construction --------------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("bytes", args, kwnames, new String[] {"source", "encoding", "errors"});
        byte[] data = construct(a[0], a[1], a[2], "bytes");
        if (cls == TYPE) return wrap(data);
        return new Derived(cls, data);
    }

    /** The contents for {@code bytes(source, encoding, errors)} or {@code bytearray(...)}. */
    static byte[] construct(PyObject src, PyObject encoding, PyObject errors, String tname) {
        if (src == null) {
            if (encoding != null) throw PyErr.typeError("encoding without a string argument");
            if (errors != null) throw PyErr.typeError("errors without a string argument");
            return new byte[0];
        }
        if (encoding != null || errors != null) {
            if (!(src instanceof PyStr s)) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (encoding == null) throw PyErr.typeError("string argument without an encoding");
            String enc = StrCodecs.nameArg(encoding, tname, "encoding");
            String err = errors == null ? "strict" : StrCodecs.nameArg(errors, tname, "errors");
            return StrCodecs.encode(s.value, enc, err);
        }
        if (tname.equals("bytes") && !(src instanceof BytesLike)) {
            PyObject f = src.type.lookup("__bytes__");
            if (f != null) {
                PyObject r = Abstract.callUnbound(f, src, new PyObject[0], null);
                if (!(r instanceof PyBytes b)) {
                    throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.type.tpName());
                }
                return b.value;
            }
        }
        return BytesOps.fromSource(src, tname);
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject fromhex(PyType cls, PyObject s) {
        PyBytes b = wrap(BytesOps.fromhex(s));
        return cls == TYPE ? b : Abstract.call(cls, b);
    }

    @PyMethod(kind = PyMethod.Kind.STATICMETHOD)
    public static PyObject maketrans(PyObject from, PyObject to) {
        return BytesOps.maketrans(from, to);
    }

    // ---- the object protocol ----------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        return BytesOps.repr(value, value.length);
    }

    @PyMethod
    public String __str__() {
        return BytesOps.repr(value, value.length);
    }

    @PyMethod
    public long __hash__() {
        return (type == TYPE ? hashCode() : Arrays.hashCode(value)) & 0xFFFFFFFFL;
    }

    @PyMethod
    public PyObject __bytes__() {
        return type == TYPE ? this : wrap(value);
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return PyTuple.of(wrap(value));
    }

    @PyMethod
    public long __sizeof__() {
        return 33 + value.length;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        BytesLike b = BytesOps.comparable(this, o);
        return b != null ? PyBool.of(BytesOps.equal(this, b)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        BytesLike b = BytesOps.comparable(this, o);
        return b != null ? PyBool.of(!BytesOps.equal(this, b)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __lt__(PyObject o) {
        Integer c = BytesOps.compare(this, o);
        return c == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(c < 0);
    }

    @PyMethod
    public PyObject __le__(PyObject o) {
        Integer c = BytesOps.compare(this, o);
        return c == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(c <= 0);
    }

    @PyMethod
    public PyObject __gt__(PyObject o) {
        Integer c = BytesOps.compare(this, o);
        return c == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(c > 0);
    }

    @PyMethod
    public PyObject __ge__(PyObject o) {
        Integer c = BytesOps.compare(this, o);
        return c == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(c >= 0);
    }

    // ---- the sequence protocol ---------------------------------------------------------------

    @PyMethod
    public int __len__() {
        return value.length;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PyInt || (!StrOps.isSlice(key) && key.type.lookup("__index__") != null)) {
            PyInt k = Abstract.index(key);
            long i = k.big != null ? Long.MAX_VALUE : k.value;
            if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
            if (i < 0) i += value.length;
            if (i < 0 || i >= value.length) throw PyErr.indexError("index out of range");
            return PyInt.of(value[(int) i] & 0xFF);
        }
        if (StrOps.isSlice(key)) {
            PySlice.Indices r = ((PySlice) key).indices(value.length);
            if (r.step() == 1) {
                if (r.start() == 0 && r.length() == value.length && type == TYPE) return this;
                return wrap(Arrays.copyOfRange(value, r.start(), r.start() + Math.max(r.length(), 0)));
            }
            byte[] out = new byte[r.length()];
            for (int i = 0, j = r.start(); i < r.length(); i++, j += r.step()) out[i] = value[j];
            return wrap(out);
        }
        throw PyErr.typeError("byte indices must be integers or slices, not %s", key.type.tpName());
    }

    @PyMethod
    public PyObject __iter__() {
        return new BytesIterator(this);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        return BytesOps.contains(this, o);
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        return BytesOps.concat(this, o);
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        return BytesOps.repeat(this, n);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return BytesOps.repeat(this, n);
    }

    @PyMethod
    public PyObject __mod__(PyObject args) {
        return wrap(PercentFormat.formatBytes(value, value.length, args));
    }

    @PyMethod
    public PyObject __rmod__(PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- methods (shared with bytearray through BytesOps) -------------------------------------

    @PyMethod
    public int find(PyObject[] args, String[] kwnames) { return BytesOps.find(this, "find", args, kwnames, false); }

    @PyMethod
    public int rfind(PyObject[] args, String[] kwnames) { return BytesOps.find(this, "rfind", args, kwnames, true); }

    @PyMethod
    public int index(PyObject[] args, String[] kwnames) { return BytesOps.index(this, "index", args, kwnames, false); }

    @PyMethod
    public int rindex(PyObject[] args, String[] kwnames) { return BytesOps.index(this, "rindex", args, kwnames, true); }

    @PyMethod
    public int count(PyObject[] args, String[] kwnames) { return BytesOps.count(this, args, kwnames); }

    @PyMethod
    public boolean startswith(PyObject[] args, String[] kwnames) {
        return BytesOps.tailMatch(this, "startswith", args, kwnames, false);
    }

    @PyMethod
    public boolean endswith(PyObject[] args, String[] kwnames) {
        return BytesOps.tailMatch(this, "endswith", args, kwnames, true);
    }

    @PyMethod(optional = 1)
    public PyObject replace(PyObject old, PyObject rep, PyObject count) { return BytesOps.replace(this, old, rep, count); }

    @PyMethod
    public PyObject join(PyObject iterable) { return BytesOps.join(this, iterable); }

    @PyMethod
    public PyObject split(PyObject[] args, String[] kwnames) { return BytesOps.split(this, "split", args, kwnames, false); }

    @PyMethod
    public PyObject rsplit(PyObject[] args, String[] kwnames) { return BytesOps.split(this, "rsplit", args, kwnames, true); }

    @PyMethod
    public PyObject splitlines(PyObject[] args, String[] kwnames) { return BytesOps.splitlines(this, args, kwnames); }

    @PyMethod
    public PyObject partition(PyObject sep) { return BytesOps.partition(this, sep, false); }

    @PyMethod
    public PyObject rpartition(PyObject sep) { return BytesOps.partition(this, sep, true); }

    @PyMethod(optional = 1)
    public PyObject strip(PyObject chars) { return BytesOps.strip(this, chars, true, true); }

    @PyMethod(optional = 1)
    public PyObject lstrip(PyObject chars) { return BytesOps.strip(this, chars, true, false); }

    @PyMethod(optional = 1)
    public PyObject rstrip(PyObject chars) { return BytesOps.strip(this, chars, false, true); }

    @PyMethod
    public PyObject removeprefix(PyObject prefix) { return BytesOps.removeAffix(this, prefix, true); }

    @PyMethod
    public PyObject removesuffix(PyObject suffix) { return BytesOps.removeAffix(this, suffix, false); }

    @PyMethod(optional = 1)
    public PyObject center(PyObject width, PyObject fill) { return BytesOps.pad(this, "center", width, fill, 0); }

    @PyMethod(optional = 1)
    public PyObject ljust(PyObject width, PyObject fill) { return BytesOps.pad(this, "ljust", width, fill, -1); }

    @PyMethod(optional = 1)
    public PyObject rjust(PyObject width, PyObject fill) { return BytesOps.pad(this, "rjust", width, fill, 1); }

    @PyMethod
    public PyObject zfill(PyObject width) { return BytesOps.zfill(this, width); }

    @PyMethod
    public PyObject expandtabs(PyObject[] args, String[] kwnames) { return BytesOps.expandtabs(this, args, kwnames); }

    @PyMethod
    public PyObject translate(PyObject[] args, String[] kwnames) { return BytesOps.translate(this, args, kwnames); }

    @PyMethod
    public PyObject lower() { return BytesOps.mapCase(this, 0); }

    @PyMethod
    public PyObject upper() { return BytesOps.mapCase(this, 1); }

    @PyMethod
    public PyObject swapcase() { return BytesOps.mapCase(this, 2); }

    @PyMethod
    public PyObject title() { return BytesOps.mapCase(this, 3); }

    @PyMethod
    public PyObject capitalize() { return BytesOps.mapCase(this, 4); }

    @PyMethod
    public boolean isalnum() { return BytesOps.all(this, 0); }

    @PyMethod
    public boolean isalpha() { return BytesOps.all(this, 1); }

    @PyMethod
    public boolean isdigit() { return BytesOps.all(this, 2); }

    @PyMethod
    public boolean isspace() { return BytesOps.all(this, 3); }

    @PyMethod
    public boolean isascii() { return BytesOps.all(this, 4); }

    @PyMethod
    public boolean islower() { return BytesOps.islower(this); }

    @PyMethod
    public boolean isupper() { return BytesOps.isupper(this); }

    @PyMethod
    public boolean istitle() { return BytesOps.istitle(this); }

    @PyMethod
    public String hex(PyObject[] args, String[] kwnames) { return BytesOps.hex(this, args, kwnames); }

    @PyMethod
    public PyObject decode(PyObject[] args, String[] kwnames) {
        return PyStr.of(decode(this, args, kwnames));
    }

    /** {@code bytes.decode} / {@code bytearray.decode}. */
    static String decode(BytesLike self, PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("decode", args, kwnames, new String[] {"encoding", "errors"});
        String enc = a[0] == null ? "utf-8" : StrCodecs.nameArg(a[0], "decode", "encoding");
        String err = a[1] == null ? "strict" : StrCodecs.nameArg(a[1], "decode", "errors");
        return StrCodecs.decode(self.bytesData(), 0, self.bytesLength(), enc, err);
    }
}
