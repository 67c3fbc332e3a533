package org.gilpy.objects;

/** Python's {@code mappingproxy}: a read-only view of a mapping (a class's {@code __dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyType.OBJECT, null);

    final PyDict mapping;

    public PyMappingProxy(PyDict mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        PyObject v = mapping.get(key);
        if (v == null) throw PyErr.keyError(key);
        return v;
    }

    @PyMethod
    public boolean __contains__(PyObject key) { return mapping.get(key) != null; }

    @PyMethod
    public int __len__() { return mapping.size(); }

    @PyMethod
    public PyObject __iter__() { return Abstract.iter(PyList.of(mapping.keys())); }

    @PyMethod(optional = 1)
    public PyObject get(PyObject key, PyObject dflt) {
        PyObject v = mapping.get(key);
        return v != null ? v : dflt == null ? PyNone.NONE : dflt;
    }

    @PyMethod
    public PyObject keys() { return Abstract.callMethod(mapping, "keys"); }

    @PyMethod
    public PyObject values() { return Abstract.callMethod(mapping, "values"); }

    @PyMethod
    public PyObject items() { return Abstract.callMethod(mapping, "items"); }

    @PyMethod
    public PyObject copy() { return Abstract.callMethod(mapping, "copy"); }

    @PyMethod
    public String __repr__() { return "mappingproxy(" + Abstract.repr(mapping).value + ")"; }

    /** str() is the mapping's, as in CPython (print(cls.__dict__) shows a dict). */
    @PyMethod
    public PyObject __str__() { return Abstract.str(mapping); }

    /** Comparison is the mapping's, as in CPython. */
    @PyMethod
    public PyObject __eq__(PyObject other) { return Abstract.compare(mapping, other, org.gilpy.bytecode.CompareOp.EQ); }
}
