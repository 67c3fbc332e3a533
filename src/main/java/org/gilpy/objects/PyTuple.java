package org.gilpy.objects;

import java.util.Arrays;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code tuple}.
 *
 * <p>Invariants: {@link #items} is never modified after construction and holds no null;
 * exact tuples are instances of this class, instances of Python subclasses are
 * {@link Derived} (which adds the {@code __dict__}). The Java {@link #hashCode()} of an
 * exact tuple is cached when every item is an exact int, float, str, bool, None or such a
 * tuple (hashing those runs no Python code, so caching is invisible).
 */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT,
            t -> t == PyTuple.TYPE ? PyTuple.EMPTY : new Derived(t, new PyObject[0]));
    public static final PyTuple EMPTY = new PyTuple(TYPE, new PyObject[0]);

    final PyObject[] items;
    /** The cached Java hash of a "pure" exact tuple, or 0. */
    private int hashCache;

    protected PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    /** An instance of a Python subclass of tuple. */
    static final class Derived extends PyTuple {
        private PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(type, items);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }
    }

    /** A tuple that takes ownership of {@code items} (the caller must not modify it). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items);
    }

    /** A tuple of {@code items[from..to)} (copied). */
    public static PyTuple of(PyObject[] items, int from, int to) {
        return from == to ? EMPTY : new PyTuple(TYPE, Arrays.copyOfRange(items, from, to));
    }

    /** A tuple of type {@code cls} (tuple or a subclass) owning {@code items}. */
    static PyTuple create(PyType cls, PyObject[] items) {
        return cls == TYPE ? of(items) : new Derived(cls, items);
    }

    public int size() { return items.length; }

    public PyObject get(int i) { return items[i]; }

    /** A copy of the items. */
    public PyObject[] toArray() { return items.clone(); }

    /** The items themselves; callers must not modify the array. */
    public PyObject[] array() { return items; }

    // ---- hashing ------------------------------------------------------------------

    @Override
    public int hashCode() {
        if (type != TYPE) return super.hashCode();
        int h = hashCache;
        if (h != 0) return h;
        long lh = hash(this);
        h = (int) (lh ^ (lh >>> 32));
        if (isPure()) hashCache = h;
        return h;
    }

    private boolean isPure() {
        for (PyObject o : items) {
            PyType t = o.type;
            if (t == PyStr.TYPE || t == PyInt.TYPE || t == PyFloat.TYPE || t == PyBool.TYPE || t == PyNone.TYPE) continue;
            if (t == TYPE && ((PyTuple) o).isPure()) continue;
            return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof PyTuple t && type == TYPE && t.type == TYPE) return Arrays.equals(items, t.items);
        return super.equals(o);
    }

    /** Python's {@code hash(o)} with fast paths for exact str, int, bool, float and tuple
     * (their {@code __hash__} cannot be overridden, so calling it directly is exact). */
    static long itemHash(PyObject o) {
        PyType t = o.type;
        if (t == PyStr.TYPE) return ((PyStr) o).strHash();
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) o;
            long v = i.value;
            if (i.big == null && v > -(1L << 60) && v < (1L << 60)) return v == -1 ? -2 : v;
            return i.__hash__();
        }
        if (t == TYPE) return hash((PyTuple) o);
        if (t == PyBool.TYPE) return ((PyInt) o).value;
        if (t == PyFloat.TYPE) return ((PyFloat) o).__hash__();
        return Abstract.hash(o);
    }

    /** CPython 3.8+'s tuple hash: xxHash-style mixing of the item hashes (64-bit). */
    static long hash(PyTuple tuple) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : tuple.items) {
            long lane = itemHash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += tuple.items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @PyMethod
    public long __hash__() {
        return hash(this);
    }

    // ---- construction ---------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("tuple() takes no keyword arguments");
        if (args.length > 1) throw PyErr.typeError("tuple expected at most 1 argument, got %d", args.length);
        if (args.length == 0) return cls == TYPE ? EMPTY : new Derived(cls, new PyObject[0]);
        PyObject arg = args[0];
        if (cls == TYPE && arg.type == TYPE) return arg;
        return create(cls, Abstract.toArray(arg));
    }

    @PyMethod
    public PyObject __getnewargs__() {
        return of(type == TYPE ? this : of(items));
    }

    // ---- the sequence protocol --------------------------------------------------------

    @PyMethod
    public int __len__() { return items.length; }

    /** {@code t[index]} for an int or slice index. */
    public static PyObject getItem(PyTuple t, PyObject index) {
        if (index instanceof PyInt i && i.big == null) return t.getItem(i.value);
        if (index instanceof PySlice s) return t.getSlice(s);
        if (PySlice.isIndex(index)) return t.getItem(PySlice.itemIndex(index));
        throw PyErr.typeError("tuple indices must be integers or slices, not %s", index.type.tpName());
    }

    /** {@code t[i]} with negative indexing and IndexError. */
    public PyObject getItem(long i) {
        int n = items.length;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.indexError("tuple index out of range");
        return items[(int) i];
    }

    public PyTuple getSlice(PySlice s) {
        PySlice.Indices ix = s.indices(items.length);
        int n = ix.length();
        if (ix.step() == 1) {
            if (n == items.length && type == TYPE) return this;
            return of(items, ix.start(), ix.start() + n);
        }
        if (n == 0) return EMPTY;
        PyObject[] r = new PyObject[n];
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) r[k] = items[i];
        return new PyTuple(TYPE, r);
    }

    @PyMethod
    public PyObject __getitem__(PyObject index) {
        return getItem(this, index);
    }

    @PyMethod
    public boolean __contains__(PyObject x) {
        for (PyObject item : items) {
            if (item == x || item.equals(x)) return true;
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyTupleIterator(this);
    }

    @PyMethod(optional = 2)
    public int index(PyObject x, PyObject start, PyObject stop) {
        int n = items.length;
        long lo = start == null ? 0 : PySlice.indexArg(start);
        long hi = stop == null ? Long.MAX_VALUE : PySlice.indexArg(stop);
        if (lo < 0) lo = Math.max(0, lo + n);
        if (hi < 0) hi = Math.max(0, hi + n);
        for (long i = lo; i < hi && i < n; i++) {
            PyObject item = items[(int) i];
            if (item == x || item.equals(x)) return (int) i;
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    public int count(PyObject x) {
        int c = 0;
        for (PyObject item : items) {
            if (item == x || item.equals(x)) c++;
        }
        return c;
    }

    // ---- operators --------------------------------------------------------------------

    /** {@code a + b} for two tuples: an exact tuple. */
    public static PyTuple concat(PyTuple a, PyTuple b) {
        if (b.items.length == 0 && a.type == TYPE) return a;
        if (a.items.length == 0 && b.type == TYPE) return b;
        PyObject[] r = PyList.newArray((long) a.items.length + b.items.length);
        System.arraycopy(a.items, 0, r, 0, a.items.length);
        System.arraycopy(b.items, 0, r, a.items.length, b.items.length);
        return new PyTuple(TYPE, r);
    }

    @PyMethod
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyTuple o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return concat(this, o);
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        long times = PyList.repeatCount(n);
        if (times < 0) return PyNotImplemented.NOT_IMPLEMENTED;
        if (times == 1 && type == TYPE) return this;
        return of(PyList.repeat(items, items.length, times));
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    // ---- comparison -------------------------------------------------------------------

    /** The rich comparison of this tuple with other (NotImplemented unless a tuple). */
    PyObject compareWith(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple w)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyObject[] a = items, b = w.items;
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.length != b.length) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        int n = Math.min(a.length, b.length);
        while (i < n && (a[i] == b[i] || a[i].equals(b[i]))) i++;
        if (i >= n) return PyBool.of(PyList.compareSizes(a.length, b.length, op));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.compare(a[i], b[i], op);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return compareWith(o, CompareOp.EQ); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return compareWith(o, CompareOp.NE); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return compareWith(o, CompareOp.LT); }

    @PyMethod
    public PyObject __le__(PyObject o) { return compareWith(o, CompareOp.LE); }

    @PyMethod
    public PyObject __gt__(PyObject o) { return compareWith(o, CompareOp.GT); }

    @PyMethod
    public PyObject __ge__(PyObject o) { return compareWith(o, CompareOp.GE); }

    // ---- repr -------------------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        if (items.length == 0) return "()";
        if (!ReprGuard.enter(this)) return "(...)";
        try {
            Runtime.get().enterRecursiveCall(" while getting the repr of an object");
            try {
                StringBuilder b = new StringBuilder("(");
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) b.append(", ");
                    b.append(Abstract.repr(items[i]).value);
                }
                if (items.length == 1) b.append(',');
                return b.append(')').toString();
            } finally {
                Runtime.get().leaveRecursiveCall();
            }
        } finally {
            ReprGuard.leave(this);
        }
    }
}
