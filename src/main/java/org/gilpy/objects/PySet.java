package org.gilpy.objects;

import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code set}: a mutable {@link SetBase}. Unhashable. Binary operators return a
 * plain {@code set} (also for subclasses); in-place operators mutate and return self.
 */
public class PySet extends SetBase {
    public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.OBJECT, PySet::new);

    /** {@code __hash__ = None}: sets are unhashable. */
    @PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    public PySet(PyType type) {
        super(type);
    }

    public PySet() {
        this(TYPE);
    }

    /** {@code set(iterable)} for Java callers. */
    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        s.update(iterable);
        return s;
    }

    @Override
    SetBase emptyLike() { return new PySet(); }

    @Override
    boolean isFrozen() { return false; }

    /** {@code s.add(x)} for the eval loop (BUILD_SET, set comprehensions). */
    public void addItem(PyObject x) {
        add(x, PyDict.hash(x));
    }

    /** {@code s.update(iterable)} for the eval loop (SET_UPDATE). */
    public void updateFrom(PyObject iterable) {
        update(iterable);
    }

    static PyObject[] others(String fname, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("%s() takes no keyword arguments", fname);
        return args;
    }

    // ---- construction --------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) throw PyErr.typeError("set() takes no keyword arguments");
        return cls == TYPE ? new PySet() : cls.newInstance();
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("set() takes no keyword arguments");
        if (args.length > 1) throw PyErr.typeError("set expected at most 1 argument, got %d", args.length);
        if (used > 0 || fill > 0) clearAll();
        if (args.length == 1) update(args[0]);
    }

    // ---- mutation ------------------------------------------------------------------

    @PyMethod("add")
    public void addMethod(PyObject x) {
        add(x, PyDict.hash(x));
    }

    @PyMethod
    public void discard(PyObject x) {
        PyObject[] holder = {x};
        long h = hashForLookup(x, holder);
        discardKey(holder[0], h);
    }

    @PyMethod
    public void remove(PyObject x) {
        PyObject[] holder = {x};
        long h = hashForLookup(x, holder);
        if (!discardKey(holder[0], h)) throw PyErr.keyError(x);
    }

    @PyMethod
    public PyObject pop() {
        return popKey();
    }

    @PyMethod
    public void clear() {
        clearAll();
    }

    @PyMethod("update")
    public void updateMethod(PyObject[] args, String[] kwnames) {
        for (PyObject o : others("set.update", args, kwnames)) update(o);
    }

    @PyMethod
    public void intersection_update(PyObject[] args, String[] kwnames) {
        intersectionUpdate(others("set.intersection_update", args, kwnames));
    }

    @PyMethod
    public void difference_update(PyObject[] args, String[] kwnames) {
        for (PyObject o : others("set.difference_update", args, kwnames)) differenceUpdate(o);
    }

    @PyMethod
    public void symmetric_difference_update(PyObject other) {
        symmetricDifferenceUpdate(other);
    }

    // ---- queries -------------------------------------------------------------------

    @PyMethod
    public PyObject copy() { return copyAsBase(); }

    @PyMethod
    public PyObject union(PyObject[] args, String[] kwnames) {
        return union(others("set.union", args, kwnames));
    }

    @PyMethod
    public PyObject intersection(PyObject[] args, String[] kwnames) {
        return intersectionMulti(others("set.intersection", args, kwnames));
    }

    @PyMethod
    public PyObject difference(PyObject[] args, String[] kwnames) {
        return differenceMulti(others("set.difference", args, kwnames));
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

    // ---- operators -----------------------------------------------------------------

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
    public PyObject __ior__(PyObject o) {
        if (!isAnySet(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        update(o);
        return this;
    }

    @PyMethod
    public PyObject __iand__(PyObject o) {
        if (!isAnySet(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        intersectionUpdate(new PyObject[] {o});
        return this;
    }

    @PyMethod
    public PyObject __isub__(PyObject o) {
        if (!isAnySet(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        differenceUpdate(o);
        return this;
    }

    @PyMethod
    public PyObject __ixor__(PyObject o) {
        if (!isAnySet(o)) return PyNotImplemented.NOT_IMPLEMENTED;
        symmetricDifferenceUpdate(o);
        return this;
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
}
