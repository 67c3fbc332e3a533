package org.gilpy.objects;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Python's {@code memoryview}: a typed, shaped window on the bytes of another object
 * (bytes, bytearray, io.BytesIO's buffer), sharing them: writing through a view of a
 * bytearray changes the bytearray.
 *
 * <p>Invariants: item {@code (i0, ..., ik)} starts at byte {@code offset + sum(ik *
 * strides[k])} of {@code base.bytesData()}, which is read afresh at every access;
 * {@code shape.length == strides.length == ndim}; a view of a {@link WritableBytes}
 * that is not released holds one view of an export, so the exporter cannot resize.
 * Views derived from a view (slices, casts, {@code memoryview(view)}) share its export.
 * Slicing, indexing and assignment are one-dimensional, as CPython's are; casts may give
 * any number of dimensions, which tolist, tobytes and == handle. The items' formats
 * (unpacking and packing) are {@link BufferFormat}.
 */
public final class PyMemoryView extends PyObject implements BytesLike {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private static final int MAX_NDIM = 64;

    private final PyObject obj;
    private final BytesLike base;
    private BufferExports.Export export;
    private boolean released;
    private final boolean readonly;
    private final String format;
    private final BufferFormat fmt;
    private final int offset;
    private final int[] shape, strides;
    private long hash = -1;

    private PyMemoryView(PyObject obj, BufferExports.Export export, boolean readonly, String format,
                         BufferFormat fmt, int offset, int[] shape, int[] strides) {
        super(TYPE);
        this.obj = obj;
        this.base = (BytesLike) obj;
        this.export = export;
        this.readonly = readonly;
        this.format = format;
        this.fmt = fmt;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
    }

    // ---- construction ---------------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("memoryview", args, kwnames, new String[] {"object"}, 1);
        return of(a[0]);
    }

    /** {@code memoryview(o)}: a view of all of o's bytes. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) return m.derive(m.readonly, m.format, m.fmt, m.offset, m.shape, m.strides);
        if (o instanceof BufferProxy p) return of(p.bufferView());
        if (!(o instanceof BytesLike b)) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", o.type.tpName());
        }
        BufferExports.Export e = o instanceof WritableBytes w ? w.exports().open() : null;
        String format = b.bufferFormat();
        BufferFormat fmt = BufferFormat.parse(format);
        if (fmt == null) {
            format = "B";
            fmt = BufferFormat.UBYTE;
        }
        return new PyMemoryView(o, e, e == null, format, fmt, 0, new int[] {b.bytesLength() / fmt.size},
                new int[] {fmt.size});
    }

    /** A byte view of a bytes-like object that registers no export: only for a moment, inside one call. */
    private static PyMemoryView transientOf(PyObject o) {
        if (o instanceof PyMemoryView m) return m;
        return new PyMemoryView(o, null, true, "B", BufferFormat.UBYTE, 0, new int[] {BytesLike.length(o)}, new int[] {1});
    }

    /** A new view of the same bytes, sharing this view's export. */
    private PyMemoryView derive(boolean ro, String format, BufferFormat fmt, int offset, int[] shape, int[] strides) {
        checkReleased();
        if (export != null) export.addView();
        return new PyMemoryView(obj, export, ro, format, fmt, offset, shape, strides);
    }

    private void checkReleased() {
        if (released) throw PyErr.valueError("operation forbidden on released memoryview object");
    }

    private byte[] buf() {
        return base.bytesData();
    }

    // ---- attributes ---------------------------------------------------------------------------

    @PyGetter("obj")
    public PyObject obj() {
        checkReleased();
        return obj;
    }

    @PyGetter("nbytes")
    public int nbytes() {
        checkReleased();
        return count() * fmt.size;
    }

    /** The number of items: the product of the shape. */
    private int count() {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    @PyGetter("readonly")
    public boolean readonly() {
        checkReleased();
        return readonly;
    }

    @PyGetter("itemsize")
    public int itemsize() {
        checkReleased();
        return fmt.size;
    }

    @PyGetter("format")
    public String format() {
        checkReleased();
        return format;
    }

    @PyGetter("ndim")
    public int ndim() {
        checkReleased();
        return shape.length;
    }

    @PyGetter("shape")
    public PyObject shape() {
        checkReleased();
        return intTuple(shape);
    }

    @PyGetter("strides")
    public PyObject strides() {
        checkReleased();
        return intTuple(strides);
    }

    @PyGetter("suboffsets")
    public PyObject suboffsets() {
        checkReleased();
        return PyTuple.of();
    }

    private static PyTuple intTuple(int[] a) {
        PyObject[] items = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) items[i] = PyInt.of(a[i]);
        return PyTuple.of(items);
    }

    @PyGetter("c_contiguous")
    public boolean c_contiguous() {
        checkReleased();
        return contiguous(true);
    }

    @PyGetter("f_contiguous")
    public boolean f_contiguous() {
        checkReleased();
        return contiguous(false);
    }

    @PyGetter("contiguous")
    public boolean contiguous() {
        checkReleased();
        return contiguous(true) || contiguous(false);
    }

    /** Whether the items lie in C (row-major) or Fortran order without gaps; dimensions of one item never matter. */
    private boolean contiguous(boolean cOrder) {
        if (count() == 0) return true;
        int expected = fmt.size;
        for (int k = 0; k < shape.length; k++) {
            int d = cOrder ? shape.length - 1 - k : k;
            if (shape[d] > 1 && strides[d] != expected) return false;
            expected *= shape[d];
        }
        return true;
    }

    // ---- release and the context manager ----------------------------------------------------------

    @PyMethod
    public void release() {
        if (released) return;
        released = true;
        if (export != null) export.releaseView();
        export = null;
    }

    @PyMethod
    public PyObject __enter__() {
        checkReleased();
        return this;
    }

    @PyMethod
    public void __exit__(PyObject[] args, String[] kwnames) {
        release();
    }

    @PyMethod
    public PyObject toreadonly() {
        return derive(true, format, fmt, offset, shape, strides);
    }

    // ---- cast ---------------------------------------------------------------------------------------

    @PyMethod
    public PyObject cast(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("cast", args, kwnames, new String[] {"format", "shape"}, 1);
        checkReleased();
        if (!(a[0] instanceof PyStr name)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not %s", a[0].type.tpName());
        }
        boolean shaped = a[1] != null && a[1] != PyNone.NONE;
        checkCastable(shaped);
        PyObject[] dims = shaped ? shapeSequence(a[1]) : null;
        BufferFormat to = castFormat(name.value);
        if (nbytes() % to.size != 0) throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        int[] newShape = dims == null ? new int[] {nbytes() / to.size} : castShape(dims, to.size);
        return derive(readonly, name.value, to, offset, newShape, cStrides(newShape, to.size));
    }

    /** The checks of the view itself, which CPython makes before it looks at the arguments. */
    private void checkCastable(boolean shaped) {
        if (!contiguous(true)) throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        if ((shaped || shape.length != 1) && count() == 0) {
            throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
    }

    /** The items of cast's shape argument (their values are checked by {@link #castShape}). */
    private PyObject[] shapeSequence(PyObject s) {
        if (!(s instanceof PyList) && !(s instanceof PyTuple)) throw PyErr.typeError("shape must be a list or a tuple");
        PyObject[] dims = Abstract.toArray(s);
        if (dims.length > MAX_NDIM) throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
        if (shape.length != 1 && dims.length != 1) {
            throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        return dims;
    }

    private BufferFormat castFormat(String name) {
        BufferFormat to = BufferFormat.parse(name);
        if (to == null) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!fmt.isByte() && !to.isByte()) throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        return to;
    }

    private int[] castShape(PyObject[] dims, int itemsize) {
        int[] out = new int[dims.length];
        long product = itemsize;
        for (int i = 0; i < dims.length; i++) {
            if (!(dims[i] instanceof PyInt d)) throw PyErr.typeError("memoryview.cast(): elements of shape must be integers");
            if (d.big != null || d.value <= 0 || d.value > Integer.MAX_VALUE) {
                throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            out[i] = (int) d.value;
            product = Math.min(product * out[i], Integer.MAX_VALUE + 1L);
        }
        if (product != nbytes()) throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
        return out;
    }

    private static int[] cStrides(int[] shape, int itemsize) {
        int[] s = new int[shape.length];
        int step = itemsize;
        for (int k = shape.length - 1; k >= 0; k--) {
            s[k] = step;
            step *= shape[k];
        }
        return s;
    }

    // ---- items: indexing, slicing, assignment --------------------------------------------------------

    @PyMethod
    public int __len__() {
        checkReleased();
        return shape.length == 0 ? 1 : shape[0];
    }

    /** Item i of a one-dimensional view (0 <= i < len). */
    PyObject item(int i) {
        checkReleased();
        return fmt.unpack(buf(), offset + i * strides[0]);
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        checkReleased();
        if (shape.length == 0) {
            if (key == PyEllipsis.ELLIPSIS) return this;
            return fmt.unpack(buf(), zeroDimOffset(key));
        }
        if (PyByteArray.isIndex(key)) {
            if (shape.length > 1) throw notImplemented("multi-dimensional sub-views are not implemented");
            return fmt.unpack(buf(), offset + index(key, 0) * strides[0]);
        }
        if (key instanceof PySlice s) return slice(s, true);
        return fmt.unpack(buf(), tupleOffset(key, "multi-dimensional slicing is not implemented"));
    }

    @PyMethod
    public void __setitem__(PyObject key, PyObject value) {
        checkWritable();
        if (shape.length == 0) {
            fmt.pack(value, buf(), key == PyEllipsis.ELLIPSIS ? offset : zeroDimOffset(key));
        } else if (PyByteArray.isIndex(key)) {
            if (shape.length > 1) throw notImplemented("sub-views are not implemented");
            int at = offset + index(key, 0) * strides[0];
            fmt.pack(value, buf(), at);
        } else if (key instanceof PySlice s) {
            if (shape.length != 1) throw notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
            assign(slice(s, false), value);
        } else {
            fmt.pack(value, buf(), tupleOffset(key, "memoryview slice assignments are currently restricted to ndim = 1"));
        }
    }

    @PyMethod
    public void __delitem__(PyObject key) {
        checkWritable();
        throw PyErr.typeError("cannot delete memory");
    }

    private void checkWritable() {
        checkReleased();
        if (readonly) throw PyErr.typeError("cannot modify read-only memory");
    }

    private static PyException notImplemented(String msg) {
        return PyErr.format(PyExc.NotImplementedError, "%s", msg);
    }

    /** The 0-based position along dimension dim of an index key, or IndexError. */
    private int index(PyObject key, int dim) {
        PyInt k = Abstract.index(key);
        if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        long i = k.value < 0 ? k.value + shape[dim] : k.value;
        if (i < 0 || i >= shape[dim]) throw PyErr.indexError("index out of bounds on dimension %d", dim + 1);
        return (int) i;
    }

    /** The one item of a 0-dimensional view: only {@code ()} (or {@code ...}) index it. */
    private int zeroDimOffset(PyObject key) {
        if (key instanceof PyTuple t && t.size() == 0) return offset;
        throw PyErr.typeError("invalid indexing of 0-dim memory");
    }

    /** The item a tuple of indices names: one index per dimension. */
    private int tupleOffset(PyObject key, String sliceMessage) {
        PyObject[] keys = key instanceof PyTuple t ? t.toArray() : null;
        if (keys == null) throw PyErr.typeError("memoryview: invalid slice key");
        if (!Arrays.stream(keys).allMatch(PyByteArray::isIndex)) {
            if (Arrays.stream(keys).allMatch(k -> k instanceof PySlice)) throw notImplemented(sliceMessage);
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        if (keys.length < shape.length) throw notImplemented("sub-views are not implemented");
        if (keys.length > shape.length) {
            throw PyErr.typeError("cannot index %d-dimension view with %d-element tuple", shape.length, keys.length);
        }
        int at = offset;
        for (int d = 0; d < keys.length; d++) at += index(keys[d], d) * strides[d];
        return at;
    }

    /** The view of the items s selects along the first dimension; registered views escape to Python. */
    private PyMemoryView slice(PySlice s, boolean register) {
        PySlice.Indices r = s.indices(shape[0]);
        int[] sh = shape.clone(), st = strides.clone();
        sh[0] = r.length();
        st[0] = strides[0] * r.step();
        int start = offset + (r.length() > 0 ? r.start() * strides[0] : 0);
        if (register) return derive(readonly, format, fmt, start, sh, st);
        return new PyMemoryView(obj, null, readonly, format, fmt, start, sh, st);
    }

    /** {@code dest[...] = value} for dest a slice of this view: the same structure is required. */
    private static void assign(PyMemoryView dest, PyObject value) {
        if (!(value instanceof BytesLike)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", value.type.tpName());
        }
        PyMemoryView src = transientOf(value);
        src.checkReleased();
        if (dest.fmt != src.fmt || !Arrays.equals(dest.shape, src.shape)) {
            throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        byte[] from = src.toBytes(false), to = dest.buf();
        int[] pos = {0};
        dest.forEachItem(false, at -> {
            System.arraycopy(from, pos[0], to, at, dest.fmt.size);
            pos[0] += dest.fmt.size;
        });
    }

    /** Calls visit with the byte offset of every item, in C order or (fortran) first index fastest. */
    private void forEachItem(boolean fortran, IntConsumer visit) {
        walk(0, offset, fortran, visit);
    }

    private void walk(int level, int at, boolean fortran, IntConsumer visit) {
        if (level == shape.length) {
            visit.accept(at);
            return;
        }
        int d = fortran ? shape.length - 1 - level : level;
        for (int i = 0; i < shape[d]; i++) walk(level + 1, at + i * strides[d], fortran, visit);
    }

    // ---- conversions ------------------------------------------------------------------------------------

    /** The items' bytes, in C order or Fortran order. */
    private byte[] toBytes(boolean fortran) {
        byte[] a = buf();
        int n = count() * fmt.size;
        if (contiguous(!fortran)) return Arrays.copyOfRange(a, offset, offset + n);
        byte[] out = new byte[n];
        int[] pos = {0};
        forEachItem(fortran, at -> {
            System.arraycopy(a, at, out, pos[0], fmt.size);
            pos[0] += fmt.size;
        });
        return out;
    }

    @PyMethod
    public PyObject tobytes(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("tobytes", args, kwnames, new String[] {"order"}, 0);
        checkReleased();
        String order = a[0] == null || a[0] == PyNone.NONE ? "C" : orderArg(a[0]);
        boolean fortran = order.equals("F") || order.equals("A") && !contiguous(true) && contiguous(false);
        return PyBytes.wrap(toBytes(fortran));
    }

    private static String orderArg(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("tobytes() argument 'order' must be str or None, not %s", o.type.tpName());
        }
        if (!s.value.equals("C") && !s.value.equals("F") && !s.value.equals("A")) {
            throw PyErr.valueError("order must be 'C', 'F' or 'A'");
        }
        return s.value;
    }

    @PyMethod
    public PyObject tolist() {
        checkReleased();
        return listOf(0, offset, buf());
    }

    private PyObject listOf(int dim, int at, byte[] a) {
        if (dim == shape.length) return fmt.unpack(a, at);
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++) items[i] = listOf(dim + 1, at + i * strides[dim], a);
        return PyList.wrap(items);
    }

    @PyMethod
    public String hex(PyObject[] args, String[] kwnames) {
        checkReleased();
        return BytesOps.hex(PyBytes.wrap(toBytes(false)), args, kwnames);
    }

    @PyMethod
    public PyObject __iter__() {
        checkReleased();
        if (shape.length == 0) throw PyErr.typeError("invalid indexing of 0-dim memory");
        if (shape.length > 1) throw notImplemented("multi-dimensional sub-views are not implemented");
        return new MemoryIterator(this);
    }

    @Override
    public byte[] bytesData() {
        checkReleased();
        return offset == 0 && contiguous(true) ? buf() : toBytes(false);
    }

    @Override
    public int bytesLength() {
        return nbytes();
    }

    // ---- the object protocol ---------------------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    @PyMethod
    public long __hash__() {
        if (hash == -1) {
            checkReleased();
            if (!readonly) throw PyErr.valueError("cannot hash writable memoryview object");
            if (!fmt.isByte()) throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            Abstract.hash(obj);
            hash = PyBytes.wrap(toBytes(false)).__hash__();
        }
        return hash;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof BytesLike)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(equal(o));
    }

    @PyMethod
    public PyObject __ne__(PyObject o) {
        if (!(o instanceof BytesLike)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(!equal(o));
    }

    /** CPython's memoryview equality: same shape and equal items, unpacked by each side's format. */
    private boolean equal(PyObject o) {
        PyMemoryView w = transientOf(o);
        if (released || w.released) return this == w;
        if (!Arrays.equals(shape, w.shape)) return false;
        if (fmt == w.fmt && fmt.rawComparable()) return Arrays.equals(toBytes(false), w.toBytes(false));
        PyObject mine = tolist(), theirs = w.tolist();
        return Abstract.richEqual(mine, theirs);
    }
}
