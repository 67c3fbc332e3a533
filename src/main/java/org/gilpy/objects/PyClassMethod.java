package org.gilpy.objects;

/** Python's {@code classmethod}: binds the wrapped callable to the class. */
public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, PyType.OBJECT,
            t -> new PyClassMethod(t, PyNone.NONE));

    public PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
        this(TYPE, callable);
    }

    private PyClassMethod(PyType t, PyObject callable) {
        super(t);
        this.callable = callable;
    }

    @Override public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        PyType owner = type != null ? type : obj.type;
        return new PyBoundMethod(callable, owner);
    }

    @PyMethod
    public void __init__(PyObject f) { callable = f; }

    @PyGetter("__func__")
    public PyObject func() { return callable; }

    @PyGetter("__wrapped__")
    public PyObject wrapped() { return callable; }

    @PyGetter("__isabstractmethod__")
    public PyObject isAbstract() {
        PyObject v = Abstract.lookupAttr(callable, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }

    @PyMethod
    public String __repr__() {
        return "<classmethod(" + Abstract.repr(callable).value + ")>";
    }
}
