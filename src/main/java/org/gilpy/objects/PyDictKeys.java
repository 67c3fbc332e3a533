package org.gilpy.objects;

import org.gilpy.bytecode.CompareOp;

/** Python's {@code dict_keys}: a live, set-like view of a dict's keys. */
public final class PyDictKeys extends PyDictView {
    public static final PyType TYPE = PyType.builtin("dict_keys", PyDictKeys.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    /** {@code __hash__ = None}: set-like views are unhashable. */
    @PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    public PyDictKeys(PyDict dict) {
        super(TYPE, dict);
    }

    @Override
    boolean viewContains(PyObject x) { return dict.containsKey(x); }

    @PyMethod
    public int __len__() { return dict.size; }

    @PyMethod
    public PyObject __iter__() { return new PyDictIterator(dict, PyDictIterator.KEYS, false); }

    @PyMethod
    public PyObject __reversed__() { return new PyDictIterator(dict, PyDictIterator.KEYS, true); }

    @PyMethod
    public boolean __contains__(PyObject x) { return viewContains(x); }

    @PyMethod
    public String __repr__() { return viewRepr(); }

    @PyGetter("mapping")
    public PyObject mapping() { return new PyMappingProxy(dict); }

    @PyMethod
    public boolean isdisjoint(PyObject other) { return isDisjointWith(other); }

    @PyMethod
    public PyObject __and__(PyObject o) { return and(this, o); }

    @PyMethod
    public PyObject __rand__(PyObject o) { return and(o, this); }

    @PyMethod
    public PyObject __or__(PyObject o) { return or(this, o); }

    @PyMethod
    public PyObject __ror__(PyObject o) { return or(o, this); }

    @PyMethod
    public PyObject __sub__(PyObject o) { return sub(this, o); }

    @PyMethod
    public PyObject __rsub__(PyObject o) { return sub(o, this); }

    @PyMethod
    public PyObject __xor__(PyObject o) { return xor(this, o); }

    @PyMethod
    public PyObject __rxor__(PyObject o) { return xor(o, this); }

    @PyMethod
    public PyObject __eq__(PyObject o) { return compareAsSet(o, CompareOp.EQ); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return compareAsSet(o, CompareOp.NE); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return compareAsSet(o, CompareOp.LT); }

    @PyMethod
    public PyObject __le__(PyObject o) { return compareAsSet(o, CompareOp.LE); }

    @PyMethod
    public PyObject __gt__(PyObject o) { return compareAsSet(o, CompareOp.GT); }

    @PyMethod
    public PyObject __ge__(PyObject o) { return compareAsSet(o, CompareOp.GE); }
}
