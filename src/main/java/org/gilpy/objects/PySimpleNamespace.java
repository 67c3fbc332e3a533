package org.gilpy.objects;

import java.util.Map;

/** Python's {@code types.SimpleNamespace}: an object whose attributes are its keyword arguments. */
public final class PySimpleNamespace extends PyObject {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PySimpleNamespace.class, PyType.OBJECT,
            PySimpleNamespace::new);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("types"));
        TYPE.dict().put(PyStr.of("__hash__"), PyNone.NONE);
    }

    private PyDict dict = new PyDict();

    public PySimpleNamespace(PyType type) {
        super(type);
    }

    /** A namespace with the given attributes, in order. */
    public static PySimpleNamespace of(Map<String, PyObject> attrs) {
        PySimpleNamespace n = new PySimpleNamespace(TYPE);
        attrs.forEach((k, v) -> n.dict.put(PyStr.of(k), v));
        return n;
    }

    @Override
    public PyDict getDict() { return dict; }

    @Override
    public boolean setDict(PyDict d) {
        dict = d;
        return true;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        if (ArgParser.npos(args, kwnames) > 0) throw PyErr.typeError("no positional arguments expected");
        int npos = ArgParser.npos(args, kwnames);
        for (int i = 0; kwnames != null && i < kwnames.length; i++) dict.put(PyStr.of(kwnames[i]), args[npos + i]);
    }

    @PyMethod
    public PyObject __repr__() {
        String name = type == TYPE ? "namespace" : type.name;
        if (!ReprGuard.enter(this)) return PyStr.of(name + "(...)");
        try {
            StringBuilder b = new StringBuilder(name).append('(');
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : dict.entries()) {
                if (!first) b.append(", ");
                first = false;
                b.append(Abstract.str(e.getKey()).value).append('=').append(Abstract.repr(e.getValue()).value);
            }
            return PyStr.of(b.append(')').toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PySimpleNamespace n)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Abstract.compare(dict, n.dict, org.gilpy.bytecode.CompareOp.EQ);
    }

    @PyMethod
    public PyObject __reduce__() {
        return PyTuple.of(type, PyTuple.EMPTY, dict);
    }
}
