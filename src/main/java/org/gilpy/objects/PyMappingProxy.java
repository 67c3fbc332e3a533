package org.gilpy.objects;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code mappingproxy}: a read-only view of a mapping (a class's {@code __dict__},
 * or any mapping given to {@code types.MappingProxyType}). Reads go straight to the dict
 * when the mapping is an exact dict, through the mapping protocol otherwise.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyType.OBJECT, null);

    final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("mappingproxy", args, kwnames, new String[] {"mapping"}, 1);
        PyObject m = a[0];
        if (m instanceof PyList || m instanceof PyTuple
                || m.type.lookup("__getitem__") == null) {
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not %s", m.type.tpName());
        }
        return new PyMappingProxy(m);
    }

    private PyDict exactDict() {
        return mapping.type == PyDict.TYPE ? (PyDict) mapping : null;
    }

    @PyMethod
    public PyObject __getitem__(PyObject key) {
        PyDict d = exactDict();
        if (d == null) return Abstract.getItem(mapping, key);
        PyObject v = d.get(key);
        if (v == null) throw PyErr.keyError(key);
        return v;
    }

    @PyMethod
    public boolean __contains__(PyObject key) {
        PyDict d = exactDict();
        return d != null ? d.get(key) != null : Abstract.contains(mapping, key);
    }

    @PyMethod
    public int __len__() { return Abstract.len(mapping); }

    @PyMethod
    public PyObject __iter__() {
        PyDict d = exactDict();
        return d != null ? Abstract.iter(PyList.of(d.keys())) : Abstract.iter(mapping);
    }

    @PyMethod
    public PyObject __reversed__() { return Abstract.call(PyReversed.TYPE, new PyObject[] {mapping}, null); }

    @PyMethod(optional = 1)
    public PyObject get(PyObject key, PyObject dflt) {
        PyObject d = dflt == null ? PyNone.NONE : dflt;
        PyDict exact = exactDict();
        if (exact != null) {
            PyObject v = exact.get(key);
            return v != null ? v : d;
        }
        return Abstract.callMethod(mapping, "get", key, d);
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
    public PyObject __or__(PyObject other) {
        PyObject o = other instanceof PyMappingProxy p ? p.mapping : other;
        return Abstract.binaryOp(mapping, o, BinaryOp.OR);
    }

    @PyMethod
    public PyObject __ror__(PyObject other) {
        return Abstract.binaryOp(other, mapping, BinaryOp.OR);
    }

    @PyMethod
    public PyObject __ior__(PyObject other) {
        throw PyErr.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    @PyMethod
    public String __str__() { return Abstract.str(mapping).value; }

    @PyMethod
    public String __repr__() { return "mappingproxy(" + Abstract.repr(mapping).value + ")"; }

    /** Comparison is the mapping's, as in CPython. */
    @PyMethod
    public PyObject __eq__(PyObject other) { return Abstract.compare(mapping, other, CompareOp.EQ); }
}
