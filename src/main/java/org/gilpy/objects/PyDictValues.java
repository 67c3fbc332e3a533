package org.gilpy.objects;

/** Python's {@code dict_values}: a live view of a dict's values (not set-like: no set
 * operators, and {@code ==} is identity). */
public final class PyDictValues extends PyDictView {
    public static final PyType TYPE = PyType.builtin("dict_values", PyDictValues.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    public PyDictValues(PyDict dict) {
        super(TYPE, dict);
    }

    @Override
    boolean viewContains(PyObject x) {
        PyDict d = dict;
        for (int i = 0; i < d.used; i++) {
            if (d.keys[i] == null) continue;
            PyObject v = d.values[i];
            if (v == x || v.equals(x)) return true;
        }
        return false;
    }

    @PyMethod
    public int __len__() { return dict.size; }

    @PyMethod
    public PyObject __iter__() { return new PyDictIterator(dict, PyDictIterator.VALUES, false); }

    @PyMethod
    public PyObject __reversed__() { return new PyDictIterator(dict, PyDictIterator.VALUES, true); }

    @PyMethod
    public String __repr__() { return viewRepr(); }

    @PyGetter("mapping")
    public PyObject mapping() { return new PyMappingProxy(dict); }
}
