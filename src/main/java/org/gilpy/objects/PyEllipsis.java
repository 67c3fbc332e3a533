package org.gilpy.objects;

/** Python's {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyType.OBJECT, t -> PyEllipsis.ELLIPSIS);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    static { TYPE.baseType = false; }

    private PyEllipsis() { super(TYPE); }

    @PyMethod
    public String __repr__() { return "Ellipsis"; }

    /** Pickled by name: the singleton is a builtins global. */
    @PyMethod
    public String __reduce__() { return "Ellipsis"; }
}
