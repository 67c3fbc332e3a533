package org.gilpy.objects;

import java.lang.invoke.MethodHandle;

/** Python's {@code getset_descriptor}: an attribute of a built-in type computed by Java code. */
public final class PyGetSetDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescriptor.class,
            PyType.OBJECT, null);

    private final PyType owner;
    private final String name;
    private final MethodHandle getter, setter;

    PyGetSetDescriptor(PyType owner, String name, MethodHandle getter, MethodHandle setter) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        check(obj);
        try {
            return (PyObject) getter.invokeExact(obj);
        } catch (Throwable t) {
            throw JavaFunction.unchecked(t);
        }
    }

    @Override public boolean isDataDescriptor() { return true; }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%s' objects is not writable", name, owner.name);
        }
        try {
            setter.invokeExact(obj, value);
        } catch (Throwable t) {
            throw JavaFunction.unchecked(t);
        }
    }

    private void check(PyObject obj) {
        if (!obj.type.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name, obj.type.tpName());
        }
    }

    @PyGetter("__name__")
    public String getName() { return name; }

    @PyGetter("__qualname__")
    public String getQualname() { return owner.qualname + "." + name; }

    @PyGetter("__objclass__")
    public PyObject getObjclass() { return owner; }

    @PyMethod
    public String __repr__() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
