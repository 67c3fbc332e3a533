package org.gilpy.objects;

import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable, growable sequence of bytes.
 * Invariant: the contents are {@code data[0, size)}; {@code data} may be longer
 * (amortized appends). Unhashable ({@code __hash__} is None). The methods it shares
 * with bytes are in {@link BytesOps}; here are construction, mutation and the operators.
 * While a memoryview exports it, its size is fixed: every change of size goes through
 * {@link #checkResize} first (and so {@code data} is never replaced then).
 */
public class PyByteArray extends PyObject implements WritableBytes {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, PyType.OBJECT, PyByteArray::new);

    /** {@code __hash__ = None}: bytearray is mutable, so unhashable. */
    @PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    private byte[] data;
    private int size;
    private PyDict dict;
    private BufferExports exports;

    public PyByteArray(PyType type) {
        super(type);
        this.data = new byte[0];
    }

    /** A bytearray that takes ownership of contents. */
    public PyByteArray(byte[] contents) {
        super(TYPE);
        this.data = contents;
        this.size = contents.length;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE && type.hasInstanceDict) dict = new PyDict();
        return dict;
    }

    @Override
    public byte[] bytesData() {
        return data;
    }

    @Override
    public int bytesLength() {
        return size;
    }

    public int size() {
        return size;
    }

    @Override
    public BufferExports exports() {
        if (exports == null) exports = new BufferExports();
        return exports;
    }

    /** BufferError when the size would change while a memoryview exports the contents. */
    private void checkResize(int newSize) {
        if (newSize != size && exports != null) exports.checkResizable();
    }

    /** Appends {@code b[off, off + len)} (for Java writers such as pickle's). */
    public void appendBytes(byte[] b, int off, int len) {
        checkResize(size + len);
        ensureCapacity(size + len);
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void ensureCapacity(int n) {
        if (n > data.length) {
            if (n > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(n, data.length * 2L + 8)));
        }
    }

    /** Replaces bytes [lo, hi) with src (any lengths). */
    private void replaceRange(int lo, int hi, byte[] src) {
        int m = src.length, newSize = size - (hi - lo) + m;
        checkResize(newSize);
        ensureCapacity(newSize);
        System.arraycopy(data, hi, data, lo + m, size - hi);
        System.arraycopy(src, 0, data, lo, m);
        size = newSize;
    }

    // ---- construction -----------------------------------------------------------------------

    /**
     * {@code (type, args, state)}: protocols 0-2 rebuild from a latin-1 str (Python 2
     * has no bytes), later ones from bytes; state is {@code __getstate__()}.
     */
    @PyMethod
    public PyObject __reduce_ex__(PyObject protocol) {
        return reduce(PyInt.asLong(protocol));
    }

    @PyMethod
    public PyObject __reduce__() {
        return reduce(2);
    }

    private PyObject reduce(long proto) {
        PyObject state = Abstract.callMethod(this, "__getstate__");
        PyObject args;
        if (size == 0) {
            args = PyTuple.EMPTY;
        } else if (proto < 3) {
            String latin1 = new String(data, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
            args = PyTuple.of(PyStr.of(latin1), PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(PyBytes.wrap(java.util.Arrays.copyOf(data, size)));
        }
        return PyTuple.of(type, args, state);
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = StrOps.parseArgs("bytearray", args, kwnames, new String[] {"source", "encoding", "errors"});
        checkResize(0);
        byte[] contents = PyBytes.construct(a[0], a[1], a[2], "bytearray");
        if (size == 0) checkResize(contents.length);
        data = contents;
        size = contents.length;
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject fromhex(PyType cls, PyObject s) {
        PyByteArray b = new PyByteArray(BytesOps.fromhex(s));
        return cls == TYPE ? b : Abstract.call(cls, b);
    }

    @PyMethod(kind = PyMethod.Kind.STATICMETHOD)
    public static PyObject maketrans(PyObject from, PyObject to) {
        return BytesOps.maketrans(from, to);
    }

    // ---- the object protocol ------------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        return type.name + "(" + BytesOps.repr(data, size, true) + ")";
    }

    @PyMethod
    public String __str__() {
        return __repr__();
    }

    @PyMethod
    public int __alloc__() {
        return size == 0 ? 0 : Math.max(data.length, size + 1);
    }

    @PyMethod
    public long __sizeof__() {
        return 56 + (size == 0 ? 0 : Math.max(data.length, size + 1));
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        return o instanceof BytesLike b ? PyBool.of(BytesOps.equal(this, b)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        return o instanceof BytesLike b ? PyBool.of(!BytesOps.equal(this, b)) : PyNotImplemented.NOT_IMPLEMENTED;
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

    // ---- the sequence protocol ------------------------------------------------------------------

    @PyMethod
    public int __len__() {
        return size;
    }

    /** A normalized item index, or IndexError "bytearray index out of range". */
    private int itemIndex(PyObject key) {
        PyInt k = Abstract.index(key);
        if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        long i = k.value;
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyErr.indexError("bytearray index out of range");
        return (int) i;
    }

    static boolean isIndex(PyObject key) {
        return key instanceof PyInt || (!StrOps.isSlice(key) && key.type.lookup("__index__") != null);
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (isIndex(key)) return PyInt.of(data[itemIndex(key)] & 0xFF);
        if (StrOps.isSlice(key)) {
            PySlice.Indices r = ((PySlice) key).indices(size);
            if (r.step() == 1) return new PyByteArray(Arrays.copyOfRange(data, r.start(), r.start() + Math.max(r.length(), 0)));
            byte[] out = new byte[r.length()];
            for (int i = 0, j = r.start(); i < r.length(); i++, j += r.step()) out[i] = data[j];
            return new PyByteArray(out);
        }
        throw PyErr.typeError("bytearray indices must be integers or slices, not %s", key.type.tpName());
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        if (isIndex(key)) {
            int i = itemIndex(key);
            data[i] = (byte) BytesOps.byteValue(value);
            return;
        }
        if (!StrOps.isSlice(key)) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", key.type.tpName());
        }
        byte[] src;
        if (value instanceof PyStr || value instanceof PyInt
                || (!(value instanceof BytesLike) && value.type.lookup("__iter__") == null)) {
            throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        src = value instanceof BytesLike ? BytesLike.exact(value).clone() : BytesOps.fromSource(value, "bytearray");
        PySlice.Indices r = ((PySlice) key).indices(size);
        int start = r.start(), step = r.step(), count = r.length();
        if (step == 1) {
            int stop = Math.max(start, start + count);
            replaceRange(start, stop, src);
            return;
        }
        if (src.length != count) {
            throw PyErr.valueError("attempt to assign bytes of size %d to extended slice of size %d", src.length, count);
        }
        for (int i = 0, j = start; i < count; i++, j += step) data[j] = src[i];
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        if (isIndex(key)) {
            int i = itemIndex(key);
            checkResize(size - 1);
            System.arraycopy(data, i + 1, data, i, size - i - 1);
            size--;
            return;
        }
        if (!StrOps.isSlice(key)) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", key.type.tpName());
        }
        PySlice.Indices r = ((PySlice) key).indices(size);
        int start = r.start(), step = r.step(), count = r.length();
        if (count <= 0) return;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        if (step == 1) {
            replaceRange(start, start + count, new byte[0]);
            return;
        }
        checkResize(size - count);
        int w = start;
        for (int i = start; i < size; i++) {
            boolean deleted = i >= start && (i - start) % step == 0 && (i - start) / step < count;
            if (!deleted) data[w++] = data[i];
        }
        size = w;
    }

    @PyMethod
    public PyObject __iter__() {
        return new BytesIterator(this);
    }

    @PyMethod
    public boolean __contains__(PyObject o) {
        return BytesOps.contains(this, o);
    }

    // ---- operators ------------------------------------------------------------------------------

    @PyMethod
    public PyObject __add__(PyObject o) {
        return BytesOps.concat(this, o);
    }

    @PyMethod
    public PyObject __iadd__(PyObject o) {
        if (!(o instanceof BytesLike b)) return PyNotImplemented.NOT_IMPLEMENTED;
        int m = b.bytesLength();
        byte[] src = b.bytesData();
        checkResize(size + m);
        ensureCapacity(size + m);
        System.arraycopy(src, 0, data, size, m);
        size += m;
        return this;
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
    public PyObject __imul__(PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup("__index__") == null) return PyNotImplemented.NOT_IMPLEMENTED;
        int times = Abstract.asSize(n);
        checkResize(times <= 0 || size == 0 ? 0 : times == 1 ? size : -1); // -1: some other size
        if (times <= 0) {
            size = 0;
            return this;
        }
        if ((long) size * times > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        int n0 = size;
        ensureCapacity(n0 * times);
        for (int k = 1; k < times; k++) System.arraycopy(data, 0, data, k * n0, n0);
        size = n0 * times;
        return this;
    }

    @PyMethod
    public PyObject __mod__(PyObject args) {
        return new PyByteArray(PercentFormat.formatBytes(data, size, args));
    }

    @PyMethod
    public PyObject __rmod__(PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- mutating methods ---------------------------------------------------------------------------

    @PyMethod
    public void append(PyObject item) {
        int b = BytesOps.byteValue(item);
        checkResize(size + 1);
        if (size == data.length) ensureCapacity(size + 1);
        data[size++] = (byte) b;
    }

    @PyMethod
    public void extend(PyObject iterable) {
        if (iterable instanceof BytesLike) {
            __iadd__(iterable);
            return;
        }
        if (iterable.type.lookup("__iter__") == null && iterable.type.lookup("__getitem__") == null) {
            throw PyErr.typeError("can't extend bytearray with %s", iterable.type.tpName());
        }
        PyObject it = Abstract.iter(iterable);
        BytesBuilder more = new BytesBuilder(16);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) more.append(BytesOps.byteValue(x));
        __iadd__(new PyByteArray(more.toArray()));
    }

    @PyMethod
    public void insert(PyObject index, PyObject item) {
        PyInt k = Abstract.index(index);
        long i = k.big == null ? k.value : k.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        int b = BytesOps.byteValue(item);
        if (i < 0) i = Math.max(i + size, 0);
        if (i > size) i = size;
        replaceRange((int) i, (int) i, new byte[] {(byte) b});
    }

    @PyMethod(optional = 1)
    public PyObject pop(PyObject index) {
        if (size == 0) throw PyErr.indexError("pop from empty bytearray");
        long i = -1;
        if (index != null) {
            PyInt k = Abstract.index(index);
            i = k.big != null ? Long.MAX_VALUE : k.value;
        }
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyErr.indexError("pop index out of range");
        int v = data[(int) i] & 0xFF;
        checkResize(size - 1);
        System.arraycopy(data, (int) i + 1, data, (int) i, size - (int) i - 1);
        size--;
        return PyInt.of(v);
    }

    @PyMethod
    public void remove(PyObject item) {
        int b = BytesOps.byteValue(item);
        for (int i = 0; i < size; i++) {
            if ((data[i] & 0xFF) == b) {
                checkResize(size - 1);
                System.arraycopy(data, i + 1, data, i, size - i - 1);
                size--;
                return;
            }
        }
        throw PyErr.valueError("value not found in bytearray");
    }

    @PyMethod
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    @PyMethod
    public void clear() {
        checkResize(0);
        data = new byte[0];
        size = 0;
    }

    @PyMethod
    public PyObject copy() {
        return new PyByteArray(toByteArray());
    }

    // ---- methods shared with bytes (through BytesOps) -----------------------------------------------

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
        return PyStr.of(PyBytes.decode(this, args, kwnames));
    }
}
