package org.gilpy.objects;

import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code frozenset}: an immutable {@link SetBase}, hashable with CPython's
 * algorithm (an order-independent mix of the items' 64-bit hashes), cached once computed.
 * Invariant: the contents never change after {@code __new__} returns.
 */
public class PyFrozenSet extends SetBase {
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, PyType.OBJECT,
            PyFrozenSet::new);

    /** The Python hash, or -1 when not computed yet. */
    private long hash = -1;

    public PyFrozenSet(PyType type) {
        super(type);
    }

    /** {@code frozenset(iterable)} for Java callers. */
    public static PyFrozenSet of(PyObject iterable) {
        PyFrozenSet s = new PyFrozenSet(TYPE);
        s.update(iterable);
        return s;
    }

    @Override
    SetBase emptyLike() { return new PyFrozenSet(TYPE); }

    @Override
    boolean isFrozen() { return true; }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("frozenset() takes no keyword arguments");
        }
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 1) throw PyErr.typeError("frozenset expected at most 1 argument, got %d", npos);
        if (npos == 1 && cls == TYPE && args[0].type == TYPE) return args[0];
        PyFrozenSet s = (PyFrozenSet) cls.newInstance();
        if (npos == 1) s.update(args[0]);
        return s;
    }

    // ---- hashing --------------------------------------------------------------------

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash. */
    @PyMethod
    public long __hash__() {
        long h = hash;
        if (h != -1) return h;
        h = 0;
        for (PyObject k : toArray()) h ^= shuffle(PyTuple.itemHash(k));
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        hash = h;
        return h;
    }

    @Override
    public int hashCode() {
        if (type != TYPE) return super.hashCode();
        long h = __hash__();
        return (int) (h ^ (h >>> 32));
    }

    // ---- queries --------------------------------------------------------------------

    @PyMethod
    public PyObject copy() { return type == TYPE ? this : copyAsBase(); }

    @PyMethod
    public PyObject union(PyObject[] args, String[] kwnames) {
        return union(PySet.others("frozenset.union", args, kwnames));
    }

    @PyMethod
    public PyObject intersection(PyObject[] args, String[] kwnames) {
        return intersectionMulti(PySet.others("frozenset.intersection", args, kwnames));
    }

    @PyMethod
    public PyObject difference(PyObject[] args, String[] kwnames) {
        return differenceMulti(PySet.others("frozenset.difference", args, kwnames));
    }

    @PyMethod
    public PyObject symmetric_difference(PyObject other) { return symmetricDifference(other); }

    @PyMethod
    public boolean issubset(PyObject other) { return isSubset(other); }

    @PyMethod
    public boolean issuperset(PyObject other) { return isSuperset(other); }

    @PyMethod
    public boolean isdisjoint(PyObject other) { return isDisjoint(other); }

    @PyMethod
    public int __len__() { return used; }

    @PyMethod
    public boolean __contains__(PyObject x) { return contains(x); }

    @PyMethod
    public PyObject __iter__() { return new PySetIterator(this); }

    @PyMethod
    public String __repr__() { return repr(); }

    @PyMethod
    public PyObject __reduce__() { return reduce(); }

    @PyMethod
    public int __sizeof__() { return 200 + table.length * 16; }

    // ---- operators ------------------------------------------------------------------

    @PyMethod
    public PyObject __or__(PyObject o) { return isAnySet(o) ? union(new PyObject[] {o}) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __ror__(PyObject o) { return isAnySet(o) ? ((SetBase) o).union(new PyObject[] {this}) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __and__(PyObject o) { return isAnySet(o) ? intersection(o) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rand__(PyObject o) { return isAnySet(o) ? ((SetBase) o).intersection(this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __sub__(PyObject o) { return isAnySet(o) ? difference(o) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rsub__(PyObject o) { return isAnySet(o) ? ((SetBase) o).difference(this) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __xor__(PyObject o) { return isAnySet(o) ? symmetricDifference(o) : PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod
    public PyObject __rxor__(PyObject o) { return isAnySet(o) ? ((SetBase) o).symmetricDifference(this) : PyNotImplemented.NOT_IMPLEMENTED; }

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
}
