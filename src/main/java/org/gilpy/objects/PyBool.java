package org.gilpy.objects;

/**
 * Python's {@code bool}: the two instances {@link #TRUE} and {@link #FALSE}, ints 1 and 0.
 * Not subclassable. {@code & | ^} between two bools give a bool; everything else is
 * int's. Its Python-visible methods are static so that calling int's methods on a bool
 * ({@code int.__repr__(True)}) still runs int's code.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, PyInt.TYPE, null);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    static { TYPE.baseType = false; }

    private PyBool(long v) {
        super(TYPE, v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public int hashCode() { return (int) value; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof PyInt i && (i.type == PyInt.TYPE || i.type == TYPE)) return i.big == null && i.value == value;
        if (o instanceof PyFloat f && f.type == PyFloat.TYPE) return f.value == value;
        return super.equals(o);
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("bool() takes no keyword arguments");
        if (args.length > 1) throw PyErr.typeError("bool expected at most 1 argument, got %d", args.length);
        return args.length == 0 ? FALSE : of(Abstract.isTrue(args[0]));
    }

    @PyMethod("__repr__")
    public static String bool__repr__(PyObject self) {
        return ((PyInt) self).value != 0 ? "True" : "False";
    }

    @Override
    public String __repr__() {
        return value != 0 ? "True" : "False";
    }

    @PyMethod("__and__")
    public static PyObject bool__and__(PyObject self, PyObject o) {
        if (self instanceof PyBool a && o instanceof PyBool b) return of(a.value != 0 & b.value != 0);
        return o instanceof PyInt b ? PyInt.and((PyInt) self, b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod("__rand__")
    public static PyObject bool__rand__(PyObject self, PyObject o) {
        return bool__and__(self, o);
    }

    @PyMethod("__or__")
    public static PyObject bool__or__(PyObject self, PyObject o) {
        if (self instanceof PyBool a && o instanceof PyBool b) return of(a.value != 0 | b.value != 0);
        return o instanceof PyInt b ? PyInt.or((PyInt) self, b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod("__ror__")
    public static PyObject bool__ror__(PyObject self, PyObject o) {
        return bool__or__(self, o);
    }

    @PyMethod("__xor__")
    public static PyObject bool__xor__(PyObject self, PyObject o) {
        if (self instanceof PyBool a && o instanceof PyBool b) return of(a.value != b.value);
        return o instanceof PyInt b ? PyInt.xor((PyInt) self, b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod("__rxor__")
    public static PyObject bool__rxor__(PyObject self, PyObject o) {
        return bool__xor__(self, o);
    }
}
