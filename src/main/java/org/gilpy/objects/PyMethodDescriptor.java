package org.gilpy.objects;

/** Python's {@code method_descriptor}: an unbound method of a built-in type ({@code list.append}). */
public final class PyMethodDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescriptor.class,
            PyType.OBJECT, null);

    public final PyType owner;
    final JavaFunction fn;

    PyMethodDescriptor(PyType owner, JavaFunction fn) {
        super(TYPE);
        this.owner = owner;
        this.fn = fn;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyBuiltinFunction(fn, obj);
    }

    /** Calls with {@code self} given separately (the LOAD_METHOD path: no bound object). */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return fn.invoke(self, args, kwnames);
    }

    /** {@code self.m()} without an argument array. */
    public PyObject callWithSelf0(PyObject self) {
        checkSelf(self);
        return fn.invoke0(self);
    }

    /** {@code self.m(a)} without an argument array. */
    public PyObject callWithSelf1(PyObject self, PyObject a) {
        checkSelf(self);
        return fn.invoke1(self, a);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("unbound method %s() needs an argument", fn.displayName);
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    private void checkSelf(PyObject self) {
        if (!self.type.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    fn.name, owner.name, self.type.tpName());
        }
    }

    @PyGetter("__name__")
    public String name() { return fn.name; }

    @PyGetter("__qualname__")
    public String qualname() { return owner.name + "." + fn.name; }

    @PyGetter("__objclass__")
    public PyObject objclass() { return owner; }

    @PyGetter("__doc__")
    public PyObject doc() { return fn.doc.isEmpty() ? PyNone.NONE : PyStr.of(fn.doc); }

    /** Pickles as {@code getattr(owner, name)}. */
    @PyMethod
    public PyObject __reduce__() { return ObjectReduce.getattrReduction(owner, fn.name); }

    @PyMethod
    public String __repr__() {
        return "<method '" + fn.name + "' of '" + owner.name + "' objects>";
    }
}
