package org.gilpy.objects;

/** Python's {@code NotImplemented}: what a binary dunder returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class,
            PyType.OBJECT, t -> PyNotImplemented.NOT_IMPLEMENTED);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    static { TYPE.baseType = false; }

    private PyNotImplemented() { super(TYPE); }

    @PyMethod
    public String __repr__() { return "NotImplemented"; }

    /** Pickled by name: the singleton is a builtins global. */
    @PyMethod
    public String __reduce__() { return "NotImplemented"; }

    /** True, with CPython 3.11's DeprecationWarning. */
    @PyMethod
    public boolean __bool__() {
        Warn.warn(PyExc.DeprecationWarning, "NotImplemented should not be used in a boolean context", 1);
        return true;
    }
}
