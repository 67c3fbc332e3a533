package org.gilpy.objects;

import java.math.BigInteger;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code range}: an immutable arithmetic sequence of ints of any size.
 *
 * <p>Invariants: {@code step != 0}; {@code length} is the exact number of items; when
 * {@link #small} is true, start, stop, step and the length all fit a long and are also
 * held in {@code lstart, lstop, lstep, llength} (the fast path of indexing, membership and
 * iteration); otherwise the BigInteger fields are the only truth.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final PyInt start, stop, step;
    final BigInteger length;
    final boolean small;
    final long lstart, lstop, lstep, llength;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n = -1;
        if (start.big == null && stop.big == null && step.big == null) n = smallLength(start.value, stop.value, step.value);
        if (n >= 0) {
            small = true;
            length = BigInteger.valueOf(n);
        } else {
            length = bigLength(start.toBig(), stop.toBig(), step.toBig());
            small = start.big == null && stop.big == null && step.big == null && length.bitLength() < 64;
            n = small ? length.longValue() : 0;
        }
        lstart = start.value;
        lstop = stop.value;
        lstep = step.value;
        llength = n;
    }

    /** {@code range(start, stop, step)} for longs. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    /** The length, or -1 when the long arithmetic would overflow. */
    private static long smallLength(long lo, long hi, long step) {
        if (step > 0) {
            if (lo >= hi) return 0;
            long d = hi - lo - 1;
            if (d < 0) return -1;
            return d / step + 1;
        }
        if (lo <= hi) return 0;
        long d = lo - hi - 1;
        if (d < 0 || step == Long.MIN_VALUE) return -1;
        return d / (-step) + 1;
    }

    private static BigInteger bigLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    // ---- construction ---------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("range() takes no keyword arguments");
        return switch (args.length) {
            case 0 -> throw PyErr.typeError("range expected at least 1 argument, got 0");
            case 1 -> new PyRange(PyInt.of(0), exactIndex(args[0]), PyInt.of(1));
            case 2 -> new PyRange(exactIndex(args[0]), exactIndex(args[1]), PyInt.of(1));
            case 3 -> {
                PyInt a = exactIndex(args[0]), b = exactIndex(args[1]), c = exactIndex(args[2]);
                if (c.big == null && c.value == 0) throw PyErr.valueError("range() arg 3 must not be zero");
                yield new PyRange(a, b, c);
            }
            default -> throw PyErr.typeError("range expected at most 3 arguments, got %d", args.length);
        };
    }

    /** {@code operator.index(o)} as an exact int. */
    private static PyInt exactIndex(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.type == PyInt.TYPE) return i;
        return i.big == null ? PyInt.of(i.value) : PyInt.of(i.big);
    }

    // ---- attributes -----------------------------------------------------------------

    @PyGetter("start")
    public PyObject getStart() { return start; }

    @PyGetter("stop")
    public PyObject getStop() { return stop; }

    @PyGetter("step")
    public PyObject getStep() { return step; }

    // ---- the sequence protocol ------------------------------------------------------

    @PyMethod
    public PyObject __len__() {
        if (length.compareTo(LONG_MAX) > 0) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return PyInt.of(length.longValue());
    }

    @PyMethod
    public boolean __bool__() {
        return length.signum() != 0;
    }

    /** The item at position i (0 <= i < length). */
    private PyInt item(BigInteger i) {
        return PyInt.of(start.toBig().add(i.multiply(step.toBig())));
    }

    @PyMethod
    public PyObject __getitem__(PyObject index) {
        if (small && index instanceof PyInt i && i.big == null) {
            long k = i.value;
            if (k < 0) k += llength;
            if (k < 0 || k >= llength) throw PyErr.indexError("range object index out of range");
            return PyInt.of(lstart + k * lstep);
        }
        if (index instanceof PySlice s) {
            BigInteger[] ix = s.bigIndices(length);
            BigInteger st = step.toBig();
            BigInteger from = start.toBig();
            return new PyRange(PyInt.of(from.add(ix[0].multiply(st))), PyInt.of(from.add(ix[1].multiply(st))),
                    PyInt.of(st.multiply(ix[2])));
        }
        if (!PySlice.isIndex(index)) {
            throw PyErr.typeError("range indices must be integers or slices, not %s", index.type.tpName());
        }
        BigInteger k = Abstract.index(index).toBig();
        if (k.signum() < 0) k = k.add(length);
        if (k.signum() < 0 || k.compareTo(length) >= 0) throw PyErr.indexError("range object index out of range");
        return item(k);
    }

    /** Membership for an int by arithmetic. */
    private boolean containsInt(PyInt x) {
        if (small && x.big == null) {
            long v = x.value;
            if (lstep > 0 ? (v < lstart || v >= lstop) : (v > lstart || v <= lstop)) return false;
            long d = v - lstart;
            if (((v ^ lstart) & (v ^ d)) >= 0) return d % lstep == 0;
        }
        BigInteger v = x.toBig(), a = start.toBig(), b = stop.toBig(), st = step.toBig();
        boolean inBounds = st.signum() > 0 ? v.compareTo(a) >= 0 && v.compareTo(b) < 0
                : v.compareTo(a) <= 0 && v.compareTo(b) > 0;
        return inBounds && v.subtract(a).mod(st.abs()).signum() == 0;
    }

    private static boolean isExactInt(PyObject x) {
        return x.type == PyInt.TYPE || x.type == PyBool.TYPE;
    }

    @PyMethod
    public boolean __contains__(PyObject x) {
        if (isExactInt(x)) return containsInt((PyInt) x);
        PyObject it = __iter__();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (v.equals(x)) return true;
        }
        return false;
    }

    @PyMethod
    public int count(PyObject x) {
        if (isExactInt(x)) return containsInt((PyInt) x) ? 1 : 0;
        int n = 0;
        PyObject it = __iter__();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (v.equals(x)) n++;
        }
        return n;
    }

    @PyMethod
    public PyObject index(PyObject x) {
        if (isExactInt(x)) {
            PyInt i = (PyInt) x;
            if (!containsInt(i)) throw PyErr.valueError("%s is not in range", Abstract.repr(x).value);
            if (small && i.big == null) return PyInt.of((i.value - lstart) / lstep);
            return PyInt.of(i.toBig().subtract(start.toBig()).divide(step.toBig()));
        }
        long n = 0;
        PyObject it = __iter__();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), n++) {
            if (v.equals(x)) return PyInt.of(n);
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @PyMethod
    public PyObject __iter__() {
        if (small) return new PyRangeIterator(lstart, lstep, llength);
        return new PyLongRangeIterator(start.toBig(), step.toBig(), length);
    }

    @PyMethod
    public PyObject __reversed__() {
        if (small) {
            if (llength == 0) return new PyRangeIterator(0, 1, 0);
            // last = start + (len-1)*step, which lies between start and stop, so fits a long
            long last = lstart + (llength - 1) * lstep;
            if (lstep != Long.MIN_VALUE) return new PyRangeIterator(last, -lstep, llength);
        }
        BigInteger st = step.toBig();
        BigInteger last = start.toBig().add(length.subtract(BigInteger.ONE).multiply(st));
        return new PyLongRangeIterator(last, st.negate(), length.max(BigInteger.ZERO));
    }

    // ---- comparison, hashing, repr --------------------------------------------------

    static boolean rangeEquals(PyRange a, PyRange b) {
        if (a == b) return true;
        if (!a.length.equals(b.length)) return false;
        if (a.length.signum() == 0) return true;
        if (!a.start.toBig().equals(b.start.toBig())) return false;
        if (a.length.equals(BigInteger.ONE)) return true;
        return a.step.toBig().equals(b.step.toBig());
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange r) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(rangeEquals(this, r) == (op == CompareOp.EQ));
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyRange r) return rangeEquals(this, r);
        return super.equals(o);
    }

    @PyMethod
    public long __hash__() {
        PyInt len = PyInt.of(length);
        PyTuple t;
        if (length.signum() == 0) t = PyTuple.of(len, PyNone.NONE, PyNone.NONE);
        else if (length.equals(BigInteger.ONE)) t = PyTuple.of(len, start, PyNone.NONE);
        else t = PyTuple.of(len, start, step);
        return PyTuple.hash(t);
    }

    @Override
    public int hashCode() {
        long h = __hash__();
        return (int) (h ^ (h >>> 32));
    }

    @PyMethod
    public String __repr__() {
        String s = "range(" + start.toBig() + ", " + stop.toBig();
        if (!(step.big == null && step.value == 1)) s += ", " + step.toBig();
        return s + ")";
    }

    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }
}
