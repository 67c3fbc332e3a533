package org.gilpy.objects;

/** Python's {@code classmethod_descriptor}: a class method of a built-in type ({@code dict.fromkeys}). */
public final class PyClassMethodDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescriptor.class,
            PyType.OBJECT, null);

    private final PyType owner;
    private final JavaFunction fn;

    PyClassMethodDescriptor(PyType owner, JavaFunction fn) {
        super(TYPE);
        this.owner = owner;
        this.fn = fn;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return new PyBuiltinFunction(fn, type != null ? type : obj.type);
    }

    @PyMethod
    public String __repr__() {
        return "<method '" + fn.name + "' of '" + owner.name + "' objects>";
    }
}
