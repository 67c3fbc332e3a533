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

    /** dict.__dict__['fromkeys'](dict, ...): the class method called on the given type. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos == 0) throw PyErr.typeError("descriptor '%s' of '%s' object needs an argument", fn.name, owner.name);
        if (!(args[0] instanceof PyType t)) {
            throw PyErr.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", fn.name, owner.name,
                    args[0].type.tpName());
        }
        if (!t.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'", fn.name, owner.name, t.name);
        }
        return new PyBuiltinFunction(fn, t).call(java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @PyGetter("__name__")
    public String name() { return fn.name; }

    @PyGetter("__qualname__")
    public String qualname() { return owner.name + "." + fn.name; }

    @PyGetter("__objclass__")
    public PyObject objclass() { return owner; }

    @PyGetter("__doc__")
    public PyObject doc() { return fn.doc.isEmpty() ? PyNone.NONE : PyStr.of(fn.doc); }

    @PyMethod
    public String __repr__() {
        return "<method '" + fn.name + "' of '" + owner.name + "' objects>";
    }
}
