package org.gilpy.objects;

/**
 * {@code type.__call__}: {@code cls(*args, **kw)} runs {@code cls.__new__} and then,
 * when the result is an instance of cls, {@code __init__}; plus the argument checks of
 * {@code object.__new__} and {@code object.__init__}, whose messages depend on which of
 * the two a class overrides (as in CPython).
 */
final class TypeCall {
    private TypeCall() {}

    static PyObject call(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == PyType.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type;
        }
        PyObject newf = cls.lookup("__new__");
        if (newf == null) {
            throw PyErr.typeError("cannot create '%s' instances", cls.name);
        }
        PyObject obj = callNew(newf, cls, args, kwnames);
        if (!obj.type.isSubtypeOf(cls)) {
            return obj;
        }
        PyObject init = obj.type.lookup("__init__");
        if (init != null) {
            PyObject r = Abstract.callUnbound(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '%s'", r.type.tpName());
            }
        }
        return obj;
    }

    /** Calls a {@code __new__} found on a type (a staticmethod, or a built-in new) with cls first. */
    static PyObject callNew(PyObject newf, PyType cls, PyObject[] args, String[] kwnames) {
        PyObject f = newf instanceof PyStaticMethod sm ? sm.callable : newf;
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = cls;
        System.arraycopy(args, 0, full, 1, args.length);
        return Abstract.call(f, full, kwnames);
    }

    private static boolean excess(PyObject[] args) {
        return args.length > 0;
    }

    /** {@code object.__new__(cls, *args, **kw)}. */
    static PyObject objectNew(PyType cls, PyObject[] args, String[] kwnames) {
        if (excess(args)) {
            boolean newOverridden = cls.lookup("__new__") != PyType.OBJECT.lookup("__new__");
            boolean initOverridden = cls.lookup("__init__") != PyType.OBJECT.lookup("__init__");
            if (newOverridden) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!initOverridden) {
                throw PyErr.typeError("%s() takes no arguments", cls.name);
            }
        }
        if (cls.abstractMethods() != null) {
            throw cls.abstractMethods();
        }
        return cls.newInstance();
    }

    /** {@code object.__init__(self, *args, **kw)}. */
    static void objectInit(PyObject self, PyObject[] args) {
        if (excess(args)) {
            PyType cls = self.type;
            boolean newOverridden = cls.lookup("__new__") != PyType.OBJECT.lookup("__new__");
            boolean initOverridden = cls.lookup("__init__") != PyType.OBJECT.lookup("__init__");
            if (initOverridden) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (!newOverridden) {
                throw PyErr.typeError("%s() takes no arguments", cls.name);
            }
        }
    }
}
