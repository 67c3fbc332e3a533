package org.gilpy.objects;

/** Python's {@code staticmethod}: returns the wrapped callable unbound. */
public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyType.OBJECT,
            t -> new PyStaticMethod(t, PyNone.NONE));

    public PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this(TYPE, callable);
    }

    private PyStaticMethod(PyType t, PyObject callable) {
        super(t);
        this.callable = callable;
    }

    @Override public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override public PyObject descrGet(PyObject obj, PyType type) { return callable; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        return Abstract.call(callable, args, kwnames);
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
        return "<staticmethod(" + Abstract.repr(callable).value + ")>";
    }
}
