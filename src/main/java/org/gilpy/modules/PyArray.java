package org.gilpy.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BufferExports;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.WritableBytes;

/**
 * {@code array.array}: a sequence of C numbers of one type code, stored as their bytes in
 * native (little-endian) order, so that the array is its own buffer ({@code bytes(a)},
 * {@code memoryview(a)}, {@code struct.pack_into}).
 *
 * <p>Invariants: {@code data[0 .. len * itemsize)} holds the items; the array never
 * replaces {@code data} nor changes its length while a memoryview exports it
 * ({@link BufferExports#checkResizable} is called before every resize).
 */
public final class PyArray extends PyObject implements WritableBytes {
    public static final PyType TYPE = PyType.builtin("array", PyArray.class, PyType.OBJECT, PyArray::new);

    /** {@code __hash__ = None}: arrays are unhashable (declared before the dict is built below). */
    @org.gilpy.objects.PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("array"));
    }

    static final String TYPECODES = "bBuhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    char typecode;
    int itemsize;
    byte[] data = new byte[0];
    int len;
    private final BufferExports exports = new BufferExports();
    private PyDict dict;

    PyArray(PyType type) {
        super(type);
    }

    PyArray(char typecode) {
        super(TYPE);
        setTypecode(typecode);
    }

    private void setTypecode(char c) {
        typecode = c;
        itemsize = itemSize(c);
    }

    static int itemSize(char c) {
        return switch (c) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u' -> 4;
            default -> 8;
        };
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @Override public byte[] bytesData() { return data; }
    @Override public int bytesLength() { return len * itemsize; }
    @Override public BufferExports exports() { return exports; }
    @Override public String bufferFormat() { return String.valueOf(typecode); }

    // ---- construction ----------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && cls == TYPE) {
            throw PyErr.typeError("array.array() takes no keyword arguments");
        }
        PyObject[] a = ArgParser.positional(args, kwnames);
        if (a.length < 1) throw PyErr.typeError("array() takes at least 1 argument (0 given)");
        if (a.length > 2) throw PyErr.typeError("array() takes at most 2 arguments (%d given)", a.length);
        if (!(a[0] instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
            throw PyErr.typeError("array() argument 1 must be a unicode character, not %s", a[0].type.tpName());
        }
        char c = s.value.charAt(0);
        if (TYPECODES.indexOf(c) < 0 || s.value.length() != 1) {
            throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray arr = (PyArray) cls.newInstance();
        arr.setTypecode(c);
        if (a.length == 2) arr.initialize(a[1]);
        return arr;
    }

    private void initialize(PyObject init) {
        if (init instanceof PyStr s) {
            if (typecode != 'u') {
                throw PyErr.typeError("cannot use a str to initialize an array with typecode '%c'", typecode);
            }
            fromunicode(s);
        } else if (init instanceof PyArray other && other.typecode == 'u' && typecode != 'u') {
            throw PyErr.typeError("cannot use a unicode array to initialize an array with typecode '%c'", typecode);
        } else if (init instanceof BytesLike && !(init instanceof PyArray)) {
            frombytes(init);
        } else {
            extendIterable(init);
        }
    }

    // ---- items -----------------------------------------------------------------------

    /** Item i as a Python object. */
    PyObject get(int i) {
        int at = i * itemsize;
        return switch (typecode) {
            case 'b' -> PyInt.of(data[at]);
            case 'B' -> PyInt.of(data[at] & 0xff);
            case 'h' -> PyInt.of((short) SHORT.get(data, at));
            case 'H' -> PyInt.of((short) SHORT.get(data, at) & 0xffff);
            case 'i' -> PyInt.of((int) INT.get(data, at));
            case 'I' -> PyInt.of((int) INT.get(data, at) & 0xffffffffL);
            case 'l', 'q' -> PyInt.of((long) LONG.get(data, at));
            case 'L', 'Q' -> {
                long v = (long) LONG.get(data, at);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            case 'f' -> PyFloat.of((float) FLOAT.get(data, at));
            case 'd' -> PyFloat.of((double) DOUBLE.get(data, at));
            default -> PyStr.of(Character.toString((int) INT.get(data, at)));
        };
    }

    /** Converts v for this type code (CPython's errors) and stores it at item i. */
    void set(int i, PyObject v) {
        store(i, convert(v));
    }

    private void store(int i, long bits) {
        int at = i * itemsize;
        switch (itemsize) {
            case 1 -> data[at] = (byte) bits;
            case 2 -> SHORT.set(data, at, (short) bits);
            case 4 -> INT.set(data, at, (int) bits);
            default -> LONG.set(data, at, bits);
        }
    }

    private long load(int i) {
        int at = i * itemsize;
        return switch (itemsize) {
            case 1 -> data[at];
            case 2 -> (short) SHORT.get(data, at);
            case 4 -> (int) INT.get(data, at);
            default -> (long) LONG.get(data, at);
        };
    }

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The bits that store v as this array's item type. */
    long convert(PyObject v) {
        switch (typecode) {
            case 'f':
                return Float.floatToRawIntBits((float) PyFloat.asDouble(v));
            case 'd':
                return Double.doubleToRawLongBits(PyFloat.asDouble(v));
            case 'u': {
                if (!(v instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
                    throw PyErr.typeError("array item must be unicode character");
                }
                return s.value.codePointAt(0);
            }
            default:
                break;
        }
        PyInt n = Abstract.index(v);
        switch (typecode) {
            case 'b': return range(cLong(n), -128, 127, "signed char");
            case 'B': return range(cLong(n), 0, 255, "unsigned byte integer");
            case 'h': return range(cLong(n), -32768, 32767, "signed short integer");
            case 'H': return range(cLong(n), 0, 65535, "unsigned short");
            case 'i': return range(cLong(n), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'l': return cLong(n);
            case 'q':
                if (!n.isSmall()) throw PyErr.overflowError("int too big to convert");
                return n.value;
            case 'I': {
                long u = cUnsignedLong(n);
                if (Long.compareUnsigned(u, 0xffffffffL) > 0) throw PyErr.overflowError("unsigned int is greater than maximum");
                return u;
            }
            case 'L':
                return cUnsignedLong(n);
            default: // 'Q'
                if (n.signum() < 0) throw PyErr.overflowError("can't convert negative int to unsigned");
                if (n.toBig().compareTo(ULONG_MAX) > 0) throw PyErr.overflowError("int too big to convert");
                return n.toBig().longValue();
        }
    }

    private static long cLong(PyInt n) {
        if (!n.isSmall()) throw PyErr.overflowError("Python int too large to convert to C long");
        return n.value;
    }

    private static long cUnsignedLong(PyInt n) {
        if (n.signum() < 0) throw PyErr.overflowError("can't convert negative value to unsigned int");
        if (n.toBig().compareTo(ULONG_MAX) > 0) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return n.toBig().longValue();
    }

    private static long range(long x, long lo, long hi, String what) {
        if (x < lo) throw PyErr.overflowError("%s is less than minimum", what);
        if (x > hi) throw PyErr.overflowError("%s is greater than maximum", what);
        return x;
    }

    // ---- storage ---------------------------------------------------------------------

    private void checkResizable() {
        try {
            exports.checkResizable();
        } catch (org.gilpy.objects.PyException e) {
            throw PyErr.format(PyExc.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    /** Makes room for n items (len unchanged). */
    private void reserve(long n) {
        long bytes = n * itemsize;
        if (bytes > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        if (bytes > data.length) {
            checkResizable();
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes, data.length * 3L / 2 + 16)));
        }
    }

    /** Sets the length to n items (new bytes are zero). */
    private void resize(int n) {
        if (n != len) checkResizable();
        reserve(n);
        if (n < len) Arrays.fill(data, n * itemsize, len * itemsize, (byte) 0);
        len = n;
    }

    /** Replaces items [lo, hi) by the n items of src starting at item 0. */
    private void replace(int lo, int hi, byte[] src, int n) {
        int delta = n - (hi - lo);
        if (delta != 0) checkResizable();
        int newLen = len + delta;
        reserve(newLen);
        System.arraycopy(data, hi * itemsize, data, (lo + n) * itemsize, (len - hi) * itemsize);
        System.arraycopy(src, 0, data, lo * itemsize, n * itemsize);
        if (newLen < len) Arrays.fill(data, newLen * itemsize, len * itemsize, (byte) 0);
        len = newLen;
    }

    private PyArray newLike(int n) {
        PyArray r = new PyArray(typecode);
        r.data = new byte[n * itemsize];
        r.len = n;
        return r;
    }

    private byte[] copyBytes() {
        return Arrays.copyOf(data, len * itemsize);
    }

    // ---- methods ---------------------------------------------------------------------

    @PyGetter("typecode")
    public String typecode() { return String.valueOf(typecode); }

    @PyGetter("itemsize")
    public int itemsize() { return itemsize; }

    @PyMethod
    public void append(PyObject v) {
        long bits = convert(v);
        resize(len + 1);
        store(len - 1, bits);
    }

    @PyMethod
    public PyObject buffer_info() {
        return PyTuple.of(PyInt.of(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16), PyInt.of(len));
    }

    @PyMethod
    public void byteswap() {
        for (int i = 0; i < len; i++) {
            int at = i * itemsize;
            for (int a = at, b = at + itemsize - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    @PyMethod
    public long count(PyObject v) {
        long n = 0;
        for (int i = 0; i < len; i++) {
            if (Abstract.richEqual(get(i), v)) n++;
        }
        return n;
    }

    @PyMethod
    public void extend(PyObject it) {
        if (it instanceof PyArray a) {
            if (a.typecode != typecode) throw PyErr.typeError("can only extend with array of same kind");
            int n = a.len;
            replace(len, len, a.copyBytes(), n);
            return;
        }
        extendIterable(it);
    }

    private void extendIterable(PyObject it) {
        PyObject iter = Abstract.iter(it);
        for (PyObject v = Abstract.next(iter); v != null; v = Abstract.next(iter)) append(v);
    }

    @PyMethod
    public void frombytes(PyObject b) {
        if (b instanceof PyStr) throw PyErr.typeError("a bytes-like object is required, not 'str'");
        byte[] src = BytesLike.exact(b);
        if (src.length % itemsize != 0) throw PyErr.valueError("bytes length not a multiple of item size");
        replace(len, len, src, src.length / itemsize);
    }

    @PyMethod
    public void fromfile(PyObject f, PyObject nArg) {
        long n = PyInt.asSsize(Abstract.index(nArg));
        if (n < 0) throw PyErr.valueError("negative count");
        long want = n * itemsize;
        PyObject b = Abstract.callMethod(f, "read", PyInt.of(want));
        if (!(b instanceof PyBytes)) throw PyErr.typeError("read() didn't return bytes");
        int got = BytesLike.length(b);
        frombytes(b);
        if (got != want) throw PyErr.format(PyExc.EOFError, "read() didn't return enough bytes");
    }

    @PyMethod
    public void fromlist(PyObject list) {
        if (!(list instanceof PyList l)) throw PyErr.typeError("arg must be list");
        long[] bits = new long[l.size()];
        for (int i = 0; i < bits.length; i++) bits[i] = convert(l.get(i));   // all or nothing
        int start = len;
        resize(len + bits.length);
        for (int i = 0; i < bits.length; i++) store(start + i, bits[i]);
    }

    @PyMethod
    public void fromunicode(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("fromunicode() argument must be str, not %s", s.type.tpName());
        }
        if (typecode != 'u') throw PyErr.valueError("fromunicode() may only be called on unicode type arrays");
        int[] cps = str.value.codePoints().toArray();
        int start = len;
        resize(len + cps.length);
        for (int i = 0; i < cps.length; i++) store(start + i, cps[i]);
    }

    @PyMethod(optional = 2)
    public long index(PyObject v, PyObject start, PyObject stop) {
        long a = start == null ? 0 : PySlice.indexArg(start);
        long b = stop == null ? Long.MAX_VALUE : PySlice.indexArg(stop);
        if (a < 0) a = Math.max(0, a + len);
        if (b < 0) b = Math.max(0, b + len);
        for (long i = a; i < Math.min(b, len); i++) {
            if (Abstract.richEqual(get((int) i), v)) return i;
        }
        throw PyErr.valueError("array.index(x): x not in array");
    }

    @PyMethod
    public void insert(PyObject iArg, PyObject v) {
        long i = PyInt.asSsize(Abstract.index(iArg));
        long bits = convert(v);
        if (i < 0) i = Math.max(0, i + len);
        if (i > len) i = len;
        PyArray one = newLike(1);
        one.store(0, bits);
        replace((int) i, (int) i, one.data, 1);
    }

    @PyMethod(optional = 1)
    public PyObject pop(PyObject iArg) {
        long i = iArg == null ? -1 : PyInt.asSsize(Abstract.index(iArg));
        if (len == 0) throw PyErr.indexError("pop from empty array");
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyErr.indexError("pop index out of range");
        PyObject v = get((int) i);
        replace((int) i, (int) i + 1, data, 0);
        return v;
    }

    @PyMethod
    public void remove(PyObject v) {
        for (int i = 0; i < len; i++) {
            if (Abstract.richEqual(get(i), v)) {
                replace(i, i + 1, data, 0);
                return;
            }
        }
        throw PyErr.valueError("array.remove(x): x not in array");
    }

    @PyMethod
    public void reverse() {
        for (int a = 0, b = len - 1; a < b; a++, b--) {
            long t = load(a);
            store(a, load(b));
            store(b, t);
        }
    }

    @PyMethod
    public PyObject tobytes() { return PyBytes.wrap(copyBytes()); }

    @PyMethod
    public void tofile(PyObject f) {
        int block = 64 * 1024;
        byte[] all = copyBytes();
        for (int at = 0; at < all.length; at += block) {
            Abstract.callMethod(f, "write", PyBytes.wrap(Arrays.copyOfRange(all, at, Math.min(all.length, at + block))));
        }
    }

    @PyMethod
    public PyObject tolist() {
        PyObject[] items = new PyObject[len];
        for (int i = 0; i < len; i++) items[i] = get(i);
        return PyList.wrap(items);
    }

    @PyMethod
    public String tounicode() {
        if (typecode != 'u') throw PyErr.valueError("tounicode() may only be called on unicode type arrays");
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int cp = (int) load(i);
            if (cp < 0 || cp > 0x10ffff) throw PyErr.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    @PyMethod
    public PyObject __copy__() {
        PyArray r = newLike(len);
        System.arraycopy(data, 0, r.data, 0, len * itemsize);
        return r;
    }

    @PyMethod
    public PyObject __deepcopy__(PyObject memo) { return __copy__(); }

    /** Pickles as array(typecode, list) (CPython's form for protocols 0 to 2, readable by all). */
    @PyMethod
    public PyObject __reduce_ex__(PyObject protocol) {
        PyDict d = getDict();
        return PyTuple.of(type, PyTuple.of(PyStr.of(String.valueOf(typecode)), tolist()),
                d == null || d.size() == 0 ? PyNone.NONE : d);
    }

    @PyMethod
    public long __sizeof__() { return 64 + data.length; }

    // ---- sequence protocol -------------------------------------------------------------

    @PyMethod
    public int __len__() { return len; }

    @PyMethod
    public boolean __contains__(PyObject v) {
        for (int i = 0; i < len; i++) {
            if (Abstract.richEqual(get(i), v)) return true;
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new Iter(this);
    }

    private int index(PyObject key, String message) {
        long i = PyInt.asSsize(Abstract.index(key));
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyErr.indexError(message);
        return (int) i;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(len);
            PyArray r = newLike(ix.length());
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                System.arraycopy(data, i * itemsize, r.data, k * itemsize, itemsize);
            }
            return r;
        }
        if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
            throw PyErr.typeError("array indices must be integers");
        }
        return get(index(key, "array index out of range"));
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject v) {
        if (key instanceof PySlice s) {
            if (!(v instanceof PyArray src)) {
                throw PyErr.typeError("can only assign array (not \"%s\") to array slice", v.type.tpName());
            }
            if (src.typecode != typecode) throw PyErr.typeError("bad argument type for built-in operation");
            byte[] bytes = src.copyBytes();
            PySlice.Indices ix = s.indices(len);
            if (ix.step() == 1) {
                replace(ix.start(), Math.max(ix.start(), ix.stop()), bytes, src.len);
                return;
            }
            if (src.len != ix.length()) {
                throw PyErr.valueError("attempt to assign array of size %d to extended slice of size %d",
                        src.len, ix.length());
            }
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                System.arraycopy(bytes, k * itemsize, data, i * itemsize, itemsize);
            }
            return;
        }
        if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
            throw PyErr.typeError("array indices must be integers");
        }
        int i = index(key, "array assignment index out of range");
        set(i, v);
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(len);
            if (ix.length() == 0) return;
            if (ix.step() == 1) {
                replace(ix.start(), ix.stop(), data, 0);
                return;
            }
            boolean[] gone = new boolean[len];
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) gone[i] = true;
            byte[] keep = new byte[(len - ix.length()) * itemsize];
            int w = 0;
            for (int i = 0; i < len; i++) {
                if (!gone[i]) System.arraycopy(data, i * itemsize, keep, itemsize * w++, itemsize);
            }
            replace(0, len, keep, w);
            return;
        }
        if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
            throw PyErr.typeError("array indices must be integers");
        }
        int i = index(key, "array assignment index out of range");
        replace(i, i + 1, data, 0);
    }

    @PyMethod
    public PyObject __add__(PyObject o) {
        if (!(o instanceof PyArray b)) {
            throw PyErr.typeError("can only append array (not \"%s\") to array", o.type.tpName());
        }
        if (b.typecode != typecode) throw PyErr.typeError("bad argument type for built-in operation");
        PyArray r = newLike(len + b.len);
        System.arraycopy(data, 0, r.data, 0, len * itemsize);
        System.arraycopy(b.data, 0, r.data, len * itemsize, b.len * itemsize);
        return r;
    }

    @PyMethod
    public PyObject __iadd__(PyObject o) {
        if (!(o instanceof PyArray b)) {
            throw PyErr.typeError("can only extend array with array (not \"%s\")", o.type.tpName());
        }
        extend(b);
        return this;
    }

    private static long times(PyObject n) {
        return PyInt.asSsize(Abstract.index(n));
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup("__index__") == null) return PyNotImplemented.NOT_IMPLEMENTED;
        long k = Math.max(0, times(n));
        if (k * len * itemsize > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        PyArray r = newLike((int) (k * len));
        for (int j = 0; j < k; j++) System.arraycopy(data, 0, r.data, j * len * itemsize, len * itemsize);
        return r;
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) { return __mul__(n); }

    @PyMethod
    public PyObject __imul__(PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup("__index__") == null) return PyNotImplemented.NOT_IMPLEMENTED;
        long k = Math.max(0, times(n));
        if (k * len * itemsize > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        byte[] one = copyBytes();
        int n1 = len;
        resize((int) (k * n1));
        for (int j = 1; j < k; j++) System.arraycopy(one, 0, data, j * n1 * itemsize, n1 * itemsize);
        return this;
    }

    // ---- comparison and repr -----------------------------------------------------------

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyArray w)) return PyNotImplemented.NOT_IMPLEMENTED;
        if ((op == CompareOp.EQ || op == CompareOp.NE) && len != w.len) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        for (; i < len && i < w.len; i++) {
            if (!Abstract.richEqual(get(i), w.get(i))) break;
        }
        if (i >= len || i >= w.len) {
            int c = Integer.compare(len, w.len);
            return PyBool.of(Abstract.holds(op, c));
        }
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.compare(get(i), w.get(i), op);
    }

    @PyMethod public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }
    @PyMethod public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }
    @PyMethod public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }
    @PyMethod public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }
    @PyMethod public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }
    @PyMethod public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }

    @PyMethod
    public String __repr__() {
        String name = type == TYPE ? "array" : type.name;
        if (len == 0) return name + "('" + typecode + "')";
        String body = typecode == 'u' ? Abstract.repr(PyStr.of(tounicode())).value : Abstract.repr(tolist()).value;
        return name + "('" + typecode + "', " + body + ")";
    }

    /** The array's iterator (sees later changes of the array, as CPython's does). */
    static final class Iter extends PyIterator {
        static final PyType TYPE = PyType.builtin("arrayiterator", Iter.class, PyType.OBJECT, null);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("array"));
            TYPE.baseType = false;
        }

        private PyArray a;
        private int i;

        Iter(PyArray a) {
            super(TYPE);
            this.a = a;
        }

        @Override
        public PyObject nextOrNull() {
            if (a == null) return null;
            if (i < a.len) return a.get(i++);
            a = null;
            return null;
        }
    }
}
