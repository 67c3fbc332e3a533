package org.gilpy.objects;

/**
 * Python's {@code object}: the root of every Python value.
 *
 * <p>Invariants: {@link #type} is never null and is the object's Python class
 * ({@code __class__}). Java {@link #hashCode()} and {@link #equals(Object)} are Python's
 * {@code hash()} and {@code ==} (so Java collections keyed by PyObject behave as Python
 * dicts); they may throw {@link PyException}.
 *
 * <p>Built-in types implement a protocol by a Java method named after the dunder
 * ({@code __repr__}, {@code __len__}, ...) declared with {@link PyMethod}, which puts it
 * in the type's dict. Generic code never calls those Java methods directly; it goes
 * through {@link Abstract}, which finds the method through the type, so Python-level
 * overrides in subclasses win. The few Java virtual methods here ({@link #call},
 * {@link #getAttribute}) are the fast entry points that {@link Abstract} uses when the
 * type has not overridden them in Python.
 */
public class PyObject {
    /** The Python class; assignable through {@code __class__} between compatible layouts. */
    public PyType type;

    public PyObject(PyType type) {
        this.type = type;
    }

    /** The instance {@code __dict__}, or null when instances of this layout have none. */
    public PyDict getDict() {
        return null;
    }

    /** Replaces the instance {@code __dict__}; false when this layout cannot. */
    public boolean setDict(PyDict d) {
        return false;
    }

    /** Calls this object: {@code args} holds positional then keyword values, the last
     * {@code kwnames.length} being keywords ({@code kwnames} may be null). Built-in
     * callables override this; the default finds {@code __call__} on the type. */
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject f = type.lookup("__call__");
        if (f == null) {
            throw PyErr.typeError("'%s' object is not callable", type.name);
        }
        return Abstract.callUnbound(f, this, args, kwnames);
    }

    /** {@code object.__getattribute__} without the {@code __getattr__} fallback; returns
     * null (does not raise) when the attribute is missing. Types and modules override. */
    public PyObject getAttribute(String name) {
        return Abstract.genericGetAttr(this, name);
    }

    @Override
    public int hashCode() {
        long h = Abstract.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof PyObject o && Abstract.richEqual(this, o));
    }

    /** For debugging only; Python's repr is {@link Abstract#repr}. */
    @Override
    public String toString() {
        try {
            return Abstract.repr(this).value;
        } catch (RuntimeException e) {
            return "<" + type.name + " object>";
        }
    }

    // ---- object's methods, as Python sees them (static: never overridden in Java) ----

    @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
    public static PyObject object__new__(PyType cls, PyObject[] args, String[] kwnames) {
        return TypeCall.objectNew(cls, args, kwnames);
    }

    @PyMethod("__init__")
    public static void object__init__(PyObject self, PyObject[] args, String[] kwnames) {
        TypeCall.objectInit(self, args);
    }

    @PyMethod("__repr__")
    public static String object__repr__(PyObject self) {
        PyType t = self.type;
        String mod = t.moduleName();
        String qual = mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        return "<" + qual + " object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">";
    }

    @PyMethod("__str__")
    public static PyObject object__str__(PyObject self) {
        return Abstract.repr(self);
    }

    @PyMethod("__hash__")
    public static long object__hash__(PyObject self) {
        return System.identityHashCode(self);
    }

    @PyMethod("__eq__")
    public static PyObject object__eq__(PyObject self, PyObject other) {
        return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod("__ne__")
    public static PyObject object__ne__(PyObject self, PyObject other) {
        PyObject eq = Abstract.callSpecial(self, "__eq__", other);
        if (eq == null || eq == PyNotImplemented.NOT_IMPLEMENTED) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(!Abstract.isTrue(eq));
    }

    @PyMethod("__lt__")
    public static PyObject object__lt__(PyObject self, PyObject other) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod("__le__")
    public static PyObject object__le__(PyObject self, PyObject other) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod("__gt__")
    public static PyObject object__gt__(PyObject self, PyObject other) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod("__ge__")
    public static PyObject object__ge__(PyObject self, PyObject other) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @PyMethod("__getattribute__")
    public static PyObject object__getattribute__(PyObject self, PyObject name) {
        String n = attrName(name);
        PyObject v = self.getAttribute(n);
        if (v == null) throw PyErr.noAttribute(self, n);
        return v;
    }

    @PyMethod("__setattr__")
    public static void object__setattr__(PyObject self, PyObject name, PyObject value) {
        Abstract.genericSetAttr(self, attrName(name), value);
    }

    @PyMethod("__delattr__")
    public static void object__delattr__(PyObject self, PyObject name) {
        Abstract.genericSetAttr(self, attrName(name), null);
    }

    @PyMethod("__format__")
    public static PyObject object__format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", spec.type.tpName());
        }
        if (!s.value.isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", self.type.tpName());
        }
        return Abstract.str(self);
    }

    @PyMethod(value = "__init_subclass__", kind = PyMethod.Kind.CLASSMETHOD)
    public static void object__init_subclass__(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments", cls.qualname);
        }
    }

    @PyMethod(value = "__subclasshook__", kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject object__subclasshook__(PyType cls, PyObject[] args, String[] kwnames) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod("__dir__")
    public static PyObject object__dir__(PyObject self) {
        PyDict names = new PyDict();
        PyDict d = self.getDict();
        if (d != null) for (PyObject k : d.keys()) names.put(k, PyNone.NONE);
        for (PyType t : self.type.mro) for (PyObject k : t.dict().keys()) names.put(k, PyNone.NONE);
        return PyList.of(names.keys());
    }

    @PyMethod("__reduce_ex__")
    public static PyObject object__reduce_ex__(PyObject self, PyObject protocol) {
        return ObjectReduce.reduceEx(self, protocol);
    }

    @PyMethod("__reduce__")
    public static PyObject object__reduce__(PyObject self) {
        return ObjectReduce.commonReduce(self, 0);
    }

    @PyMethod("__getstate__")
    public static PyObject object__getstate__(PyObject self) {
        return ObjectReduce.defaultState(self, false);
    }

    @PyMethod("__sizeof__")
    public static long object__sizeof__(PyObject self) {
        return 16;
    }

    @PyGetter("__class__")
    public static PyObject object__class__(PyObject self) {
        return self.type;
    }

    @PySetter("__class__")
    public static void object__set_class__(PyObject self, PyObject value) {
        if (!(value instanceof PyType t)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%s' object", value == null ? "NoneType" : value.type.tpName());
        }
        if (t.isBuiltin() || self.type.isBuiltin() || t.factory != self.type.factory) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        self.type = t;
    }

    static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", name.type.tpName());
        }
        return s.value;
    }
}
