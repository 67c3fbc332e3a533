package org.gilpy.objects;

/** Python's {@code method}: a callable bound to {@code self}. */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class, PyType.OBJECT, null);

    public final PyObject func;
    public final PyObject self;

    public PyBoundMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }

    /** {@code types.MethodType(function, instance)}. */
    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("method() takes no keyword arguments");
        if (args.length != 2) throw PyErr.typeError("method expected 2 arguments, got %d", args.length);
        if (!Abstract.isCallable(args[0])) throw PyErr.typeError("first argument must be callable");
        if (args[1] == PyNone.NONE) throw PyErr.typeError("instance must not be None");
        return new PyBoundMethod(args[0], args[1]);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return func.call(full, kwnames);
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject v = Abstract.genericGetAttr(this, name);
        return v != null ? v : Abstract.lookupAttr(func, name);
    }

    @PyGetter("__func__")
    public PyObject getFunc() { return func; }

    @PyGetter("__self__")
    public PyObject getSelf() { return self; }

    /** The function's docstring (the method type's own {@code __doc__} would hide it). */
    @PyGetter("__doc__")
    public PyObject getDoc() {
        PyObject d = Abstract.lookupAttr(func, "__doc__");
        return d == null ? PyNone.NONE : d;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyBoundMethod m)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(func.equals(m.func) && self == m.self);
    }

    @PyMethod
    public long __hash__() {
        return Abstract.hash(func) ^ System.identityHashCode(self);
    }

    /** Pickles as {@code getattr(self, func.__name__)}. */
    @PyMethod
    public PyObject __reduce__() {
        return ObjectReduce.getattrReduction(self, Abstract.str(Abstract.getAttr(func, "__name__")).value);
    }

    @PyMethod
    public PyObject __repr__() {
        PyObject qn = Abstract.lookupAttr(func, "__qualname__");
        String name = qn instanceof PyStr s ? s.value : "?";
        return PyStr.of("<bound method " + name + " of " + Abstract.repr(self).value + ">");
    }
}
