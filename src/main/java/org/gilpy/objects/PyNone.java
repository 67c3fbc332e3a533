package org.gilpy.objects;

/** Python's {@code None}, the one instance of {@code NoneType}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyType.OBJECT, t -> PyNone.NONE);
    public static final PyNone NONE = new PyNone();

    static { TYPE.baseType = false; }

    private PyNone() { super(TYPE); }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length > 0) throw PyErr.typeError("NoneType takes no arguments");
        return NONE;
    }

    @PyMethod
    public String __repr__() { return "None"; }

    @PyMethod
    public boolean __bool__() { return false; }
}
