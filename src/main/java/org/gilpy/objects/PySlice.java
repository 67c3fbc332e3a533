package org.gilpy.objects;

import java.math.BigInteger;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code slice}: the (start, stop, step) triple of {@code seq[a:b:c]}, plus the
 * index arithmetic every sequence shares. Invariant: the three fields are never null
 * (None stands for an omitted bound). Sequences turn a slice into concrete positions with
 * {@link #indices(int)}, which follows CPython's {@code PySlice_Unpack} and
 * {@code PySlice_AdjustIndices}: bounds are clamped, never an error.
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    /** {@code __hash__ = None}: slices are unhashable in 3.11. */
    @PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    /**
     * Concrete positions of a slice over a sequence of {@code length} items: the items are
     * {@code start, start+step, ...}, {@code length} of them. {@code stop} may be -1 when
     * step is negative. A step beyond the int range is clamped (at most one item is taken).
     */
    public record Indices(int start, int stop, int step, int length) {}

    /** The positions this slice selects in a sequence of {@code length} items. */
    public Indices indices(int length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) throw PyErr.valueError("slice step cannot be zero");
            if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        }
        long a = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start);
        long b = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(stop);
        return adjust(length, a, b, st);
    }

    /** {@code PySlice_AdjustIndices}: clamps unpacked bounds to a sequence of {@code length}. */
    public static Indices adjust(int length, long start, long stop, long step) {
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        int st = (int) Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, step));
        return new Indices((int) start, (int) stop, st, (int) n);
    }

    // ---- index conversions shared by the sequences ------------------------------

    /** A slice bound ({@code _PyEval_SliceIndex}): an index, clamped to the long range. */
    public static long sliceIndex(PyObject v) {
        if (v instanceof PyInt i && i.big == null) return i.value;
        if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clamp(Abstract.index(v));
    }

    /** The start/stop argument of {@code index()} methods: like {@link #sliceIndex} without None. */
    public static long indexArg(PyObject v) {
        if (v instanceof PyInt i && i.big == null) return i.value;
        if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return clamp(Abstract.index(v));
    }

    private static long clamp(PyInt i) {
        if (i.big == null) return i.value;
        return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** An argument converted as a C {@code Py_ssize_t} (list.insert, list.pop, ...). */
    public static long ssize(PyObject v) {
        if (v instanceof PyInt i && i.big == null) return i.value;
        PyInt i = Abstract.index(v);
        if (i.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    /** True when {@code v} can index a sequence (an int or an object with {@code __index__}). */
    public static boolean isIndex(PyObject v) {
        return v instanceof PyInt || v.type.lookup("__index__") != null;
    }

    /** A subscript {@code seq[v]} already known to be an index: IndexError when it does not fit. */
    public static long itemIndex(PyObject v) {
        if (v instanceof PyInt i && i.big == null) return i.value;
        PyInt i = Abstract.index(v);
        if (i.big != null) throw PyErr.indexError("cannot fit '%s' into an index-sized integer", v.type.tpName());
        return i.value;
    }

    // ---- Python-visible methods ---------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("slice() takes no keyword arguments");
        return switch (args.length) {
            case 0 -> throw PyErr.typeError("slice expected at least 1 argument, got 0");
            case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            default -> throw PyErr.typeError("slice expected at most 3 arguments, got %d", args.length);
        };
    }

    @PyGetter("start")
    public PyObject getStart() { return start; }

    @PyGetter("stop")
    public PyObject getStop() { return stop; }

    @PyGetter("step")
    public PyObject getStep() { return step; }

    /** {@code slice.indices(length)}: exact (arbitrary-precision) start, stop, step. */
    @PyMethod("indices")
    public PyObject indicesMethod(PyObject lengthObj) {
        BigInteger length = Abstract.index(lengthObj).toBig();
        if (length.signum() < 0) throw PyErr.valueError("length should not be negative");
        BigInteger[] r = bigIndices(length);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    /** {@code _PySlice_GetLongIndices}: {start, stop, step} for a sequence of {@code length} (>= 0)
     * items, in arbitrary precision (range slicing and {@code slice.indices}). */
    public BigInteger[] bigIndices(BigInteger length) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bigIndex(step);
        if (st.signum() == 0) throw PyErr.valueError("slice step cannot be zero");
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger a = start == PyNone.NONE ? (neg ? upper : lower) : bound(bigIndex(start), length, lower, upper);
        BigInteger b = stop == PyNone.NONE ? (neg ? lower : upper) : bound(bigIndex(stop), length, lower, upper);
        return new BigInteger[] {a, b, st};
    }

    private static BigInteger bigIndex(PyObject v) {
        if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).toBig();
    }

    private static BigInteger bound(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    @PyMethod
    public String __repr__() {
        return "slice(" + Abstract.repr(start).value + ", " + Abstract.repr(stop).value + ", "
                + Abstract.repr(step).value + ")";
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PySlice o)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (this == o && (op == CompareOp.EQ || op == CompareOp.LE || op == CompareOp.GE)) return PyBool.TRUE;
        return Abstract.compare(PyTuple.of(start, stop, step), PyTuple.of(o.start, o.stop, o.step), op);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }

    @PyMethod
    public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }

    @PyMethod
    public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }

    @PyMethod
    public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }

    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }
}
