package org.gilpy.objects;

/**
 * Python's {@code builtin_function_or_method}: a Java function, either free (a module
 * function, self = the module or null) or bound to an object ({@code [].append}).
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class,
            PyType.OBJECT, null);

    final JavaFunction fn;
    /** The bound object, the module of a module function, or null. */
    public final PyObject self;

    PyBuiltinFunction(JavaFunction fn, PyObject self) {
        super(TYPE);
        this.fn = fn;
        this.self = self;
    }

    /** A {@code __new__} of type {@code owner}: the first argument is the class to create. */
    static JavaFunction newWrapper(PyType owner, JavaFunction newFn) {
        return new JavaFunction("__new__", owner.name + ".__new__", "", -1, 0, null) {
            @Override
            PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
                int nkw = kwnames == null ? 0 : kwnames.length;
                if (args.length - nkw < 1) {
                    throw PyErr.typeError("%s.__new__(): not enough arguments", owner.name);
                }
                if (!(args[0] instanceof PyType cls)) {
                    throw PyErr.typeError("%s.__new__(X): X is not a type object (%s)", owner.name, args[0].type.tpName());
                }
                if (!cls.isSubtypeOf(owner)) {
                    throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s",
                            owner.name, cls.name, cls.name, owner.name);
                }
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return newFn.invoke(cls, rest, kwnames);
            }
        };
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return fn.invoke(self, args, kwnames);
    }

    /** The call {@code f(a)} without an argument array. */
    public PyObject call1(PyObject a) {
        return fn.invoke1(self, a);
    }

    @PyGetter("__name__")
    public String name() { return fn.name; }

    @PyGetter("__qualname__")
    public String qualname() { return fn.displayName; }

    /** The defining module's name for module functions, None for methods of objects. */
    @PyGetter("__module__")
    public PyObject module() {
        return self instanceof PyModule m ? PyStr.of(m.name()) : PyNone.NONE;
    }

    @PyGetter("__self__")
    public PyObject getSelf() { return self == null ? PyNone.NONE : self; }

    @PyGetter("__doc__")
    public PyObject doc() { return fn.doc.isEmpty() ? PyNone.NONE : PyStr.of(fn.doc); }

    /** A module function pickles as its name; a bound method as {@code getattr(self, name)}. */
    @PyMethod
    public PyObject __reduce__() {
        if (self == null || self instanceof PyModule) return PyStr.of(fn.name);
        return ObjectReduce.getattrReduction(self, fn.name);
    }

    @PyMethod
    public String __repr__() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + fn.name + ">";
        }
        return "<built-in method " + fn.name + " of " + self.type.name + " object at 0x"
                + Integer.toHexString(System.identityHashCode(self)) + ">";
    }
}
