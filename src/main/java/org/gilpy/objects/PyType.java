package org.gilpy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Python's {@code type}: every class, built-in or defined in Python.
 *
 * <p>Invariants: {@link #mro} starts with this type and ends with {@code object};
 * {@link #lookup} results are cached per type and the cache of a type and of all its
 * subclasses is dropped whenever any of their dicts changes ({@link #modified}). A
 * built-in type's dict is filled from its Java class's annotations the first time it is
 * needed ({@link TypeBuilder}), which keeps start-up free of class-initialization cycles.
 * New instances are made by {@link #factory}, inherited from the nearest base with its
 * own instance layout.
 */
public class PyType extends PyObject {
    public static final PyType TYPE;
    public static final PyType OBJECT;

    static {
        TYPE = new PyType(null, "type", PyType.class, new PyType[0], null, true);
        TYPE.type = TYPE;
        OBJECT = new PyType(TYPE, "object", PyObject.class, new PyType[0],
                t -> new PyInstance(t), true);
        TYPE.bases = new PyType[] {OBJECT};
        TYPE.base = OBJECT;
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        TYPE.factory = null;
    }

    public String name;
    public String qualname;
    public PyType[] bases;
    /** The primary base (CPython's {@code __base__}). */
    public PyType base;
    public PyType[] mro;
    /** The Java class whose annotated methods define this built-in type, or null. */
    final Class<?> javaClass;
    /** Makes an uninitialized instance whose type is the argument; null for abstract types. */
    Function<PyType, PyObject> factory;
    private final boolean builtin;
    /** True when instances may be subclassed from Python. */
    public boolean baseType = true;
    /** Names of {@code __slots__} (in layout order) of this type and its bases, or null. */
    String[] slotNames;
    /** True when instances of this (heap) type have a {@code __dict__}. */
    boolean hasInstanceDict;

    private PyDict dict;
    private final LookupCache cache = new LookupCache();
    /** Attribute hooks found along the MRO, cached with the lookups (see {@link #hooks}). */
    private AttributeHooks hooks;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private static final PyObject MISSING = new PyObject(null);

    PyType(PyType meta, String name, Class<?> javaClass, PyType[] bases,
           Function<PyType, PyObject> factory, boolean builtin) {
        super(meta);
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.bases = bases;
        this.base = bases.length > 0 ? bases[0] : null;
        this.factory = factory;
        this.builtin = builtin;
        if (bases.length > 0) {
            this.mro = MroBuilder.compute(this, bases);
            for (PyType b : bases) b.subclasses.add(new WeakReference<>(this));
        } else {
            this.mro = new PyType[] {this};
        }
    }

    /** A built-in type declared by the annotations of {@code javaClass}; instances are
     * made by {@code factory} (null: inherit the base's). */
    public static PyType builtin(String name, Class<?> javaClass, PyType base,
                                 Function<PyType, PyObject> factory) {
        return new PyType(TYPE, name, javaClass, new PyType[] {base},
                factory != null ? factory : base.factory, true);
    }

    /** A built-in type with no methods of its own (most exception types). */
    public static PyType builtinSubclass(String name, PyType base) {
        return builtin(name, null, base, null);
    }

    /** A type created by a class statement or {@code type(name, bases, dict)}. */
    public static PyType heap(PyType meta, String name, PyType[] bases, PyDict dict) {
        PyType t = new PyType(meta, name, null, bases, null, false);
        t.dict = dict;
        return t;
    }

    public boolean isBuiltin() { return builtin; }

    private static final java.util.concurrent.ConcurrentHashMap<String, PyType> BY_NAME =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Registers a built-in type under its name for {@link #builtinNamed} (the builtins module does this). */
    public static void registerBuiltin(PyType t) {
        BY_NAME.put(t.name, t);
    }

    /** A registered built-in type by name (complex, bytes...): lets this package use types
     * defined in files it does not otherwise depend on. */
    public static PyType builtinNamed(String name) {
        PyType t = BY_NAME.get(name);
        if (t == null) throw new IllegalStateException("built-in type not registered: " + name);
        return t;
    }

    /** The type's own dict (not a copy); built-in types fill it on first use. */
    public PyDict dict() {
        if (dict == null) {
            synchronized (this) {
                if (dict == null) dict = TypeBuilder.build(this, javaClass);
            }
        }
        return dict;
    }

    /** A new, uninitialized instance of this type ({@code object.__new__}). */
    public PyObject newInstance() {
        if (factory == null) {
            throw PyErr.typeError("cannot create '%s' instances", name);
        }
        return factory.apply(this);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) return true;
        for (PyType t : mro) {
            if (t == other) return true;
        }
        return false;
    }

    /** Finds {@code name} along the MRO without binding it; null when absent. */
    public PyObject lookup(String name) {
        PyObject v = cache.get(name);
        if (v == null) {
            v = lookupUncached(name);
            cache.put(name, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    /**
     * What attribute access on instances must consult beyond the generic protocol:
     * a {@code __getattribute__}, {@code __setattr__} or {@code __delattr__} other than
     * object's (null when it is object's), and {@code __getattr__} (null when absent).
     */
    public record AttributeHooks(PyObject getattribute, PyObject getattr, PyObject setattr, PyObject delattr) {
        boolean plainGet() { return getattribute == null && getattr == null; }
    }

    public AttributeHooks hooks() {
        AttributeHooks h = hooks;
        if (h == null) {
            h = new AttributeHooks(unlessFrom(lookup("__getattribute__"), "__getattribute__"),
                    builtin ? null : lookup("__getattr__"),
                    unlessFrom(lookup("__setattr__"), "__setattr__"),
                    unlessFrom(lookup("__delattr__"), "__delattr__"));
            hooks = h;
        }
        return h;
    }

    /** f, unless it is object's (or, on a type, type's) own implementation of name. */
    private PyObject unlessFrom(PyObject f, String name) {
        if (f == null || f == OBJECT.lookup(name)) return null;
        if (this.isSubtypeOf(TYPE) && f == TYPE.lookup(name)) return null;
        return f;
    }

    private PyObject lookupUncached(String name) {
        PyStr key = PyStr.of(name);
        for (PyType t : mro) {
            PyObject v = t.dict().get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** Bumped by every {@link #modified}: inline caches filled for an older version are stale. */
    int version;

    public int version() { return version; }

    /** Must be called after this type's dict changes: drops cached lookups here and below. */
    public void modified() {
        cache.clear();
        hooks = null;
        version++;
        for (WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null) s.modified();
        }
    }

    /** Live direct subclasses, as {@code __subclasses__()} returns them. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null) out.add(s);
        }
        return out;
    }

    /** {@code __module__} as a Java string: "builtins" for built-in types. */
    public String moduleName() {
        PyObject m = dict().get(PyStr.of("__module__"));
        if (m instanceof PyStr s) return s.value;
        return "builtins";
    }

    /**
     * CPython's {@code tp_name}, which error messages show: "module.name" for a built-in
     * type of a module other than builtins ({@code 'collections.deque'},
     * {@code '_thread.lock'}), the plain name for the builtins' types and for classes.
     */
    public String tpName() {
        if (!builtin) return name;
        String m = moduleName();
        return m.equals("builtins") ? name : m + "." + name;
    }

    // ---- attribute access on types -------------------------------------------

    @Override
    public PyObject getAttribute(String name) {
        PyType meta = this.type;
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptor.isData(metaAttr)) {
            return Descriptor.get(metaAttr, this, meta);
        }
        PyObject attr = lookup(name);
        if (attr != null) {
            return Descriptor.get(attr, null, this);
        }
        if (metaAttr != null) {
            return Descriptor.get(metaAttr, this, meta);
        }
        return null;
    }

    /** {@code type.__getattribute__}: as object's, but a miss says "type object 'C' has no attribute". */
    @PyMethod("__getattribute__")
    public static PyObject type__getattribute__(PyObject self, PyObject name) {
        String n = PyObject.attrName(name);
        PyObject v = self.getAttribute(n);
        if (v == null) throw Abstract.missingAttribute(self, n);
        return v;
    }

    @PyMethod("__setattr__")
    public static void type__setattr__(PyObject self, PyObject name, PyObject value) {
        ((PyType) self).setTypeAttr(PyObject.attrName(name), value); // the descriptor checked self's type
    }

    @PyMethod("__delattr__")
    public static void type__delattr__(PyObject self, PyObject name) {
        ((PyType) self).setTypeAttr(PyObject.attrName(name), null);
    }

    /** {@code type.__setattr__}: built-in types are immutable. */
    public void setTypeAttr(String name, PyObject value) {
        if (builtin) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, this.name);
        }
        PyObject metaAttr = type.lookup(name);
        if (metaAttr != null && Descriptor.isData(metaAttr)) {
            Descriptor.set(metaAttr, this, value);
            return;
        }
        PyStr key = PyStr.of(name);
        if (value == null) {
            if (dict().remove(key) == null) {
                throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'", this.name, name);
            }
        } else {
            dict().put(key, value);
        }
        modified();
    }

    // ---- calling a type creates an instance ----------------------------------

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (type != TYPE) {
            PyObject metaCall = type.lookup("__call__");
            if (metaCall != TYPE.lookup("__call__")) {
                return Abstract.callUnbound(metaCall, this, args, kwnames);
            }
        }
        return TypeCall.call(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    /** The TypeError for instantiating a class with abstract methods, or null. */
    PyException abstractMethods() {
        if (builtin) return null;
        PyObject am = lookup("__abstractmethods__");
        if (am == null || am instanceof PyGetSetDescriptor || !Abstract.isTrue(am)) return null;
        PyObject[] names = Abstract.toArray(am);
        java.util.List<String> ns = new java.util.ArrayList<>();
        for (PyObject n : names) ns.add(Abstract.str(n).value);
        java.util.Collections.sort(ns);
        return PyErr.typeError("Can't instantiate abstract class %s with abstract method%s %s",
                name, ns.size() == 1 ? "" : "s", String.join(", ", ns));
    }

    // ---- type's methods, as Python sees them ------------------------------------

    @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
    public static PyObject type__new__(PyType meta, PyObject[] args, String[] kwnames) {
        return ClassBuilder.typeNew(meta, args, kwnames);
    }

    @PyMethod("__init__")
    public static void type__init__(PyObject self, PyObject[] args, String[] kwnames) {
        int n = ArgParser.npos(args, kwnames);
        if (n != 1 && n != 3) throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
    }

    @PyMethod("__call__")
    public static PyObject type__call__(PyObject self, PyObject[] args, String[] kwnames) {
        return TypeCall.call((PyType) self, args, kwnames);
    }

    @PyMethod(value = "__prepare__", kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject type__prepare__(PyType meta, PyObject[] args, String[] kwnames) {
        return new PyDict();
    }

    @PyMethod("__repr__")
    public static String type__repr__(PyObject self) {
        PyType t = (PyType) self;
        String mod = t.moduleName();
        return "<class '" + (mod.equals("builtins") ? t.qualname : mod + "." + t.qualname) + "'>";
    }

    @PyMethod("mro")
    public static PyObject type_mro(PyObject self) {
        return PyList.wrap(((PyType) self).mro.clone());
    }

    @PyMethod("__subclasses__")
    public static PyObject type__subclasses__(PyObject self) {
        return PyList.of(((PyType) self).subclasses());
    }

    @PyMethod("__instancecheck__")
    public static boolean type__instancecheck__(PyObject self, PyObject obj) {
        return Abstract.isInstanceOfType(obj, (PyType) self);
    }

    @PyMethod("__subclasscheck__")
    public static boolean type__subclasscheck__(PyObject self, PyObject sub) {
        if (!(sub instanceof PyType t)) throw PyErr.typeError("issubclass() arg 1 must be a class");
        return t.isSubtypeOf((PyType) self);
    }

    @PyMethod("__or__")
    public static PyObject type__or__(PyObject self, PyObject o) { return PyUnionType.union(self, o); }

    @PyMethod("__ror__")
    public static PyObject type__ror__(PyObject self, PyObject o) { return PyUnionType.union(o, self); }

    @PyMethod("__dir__")
    public static PyObject type__dir__(PyObject self) {
        PyDict names = new PyDict();
        for (PyType t : ((PyType) self).mro) for (PyObject k : t.dict().keys()) names.put(k, PyNone.NONE);
        return PyList.of(names.keys());
    }

    @PyGetter("__name__")
    public static String type__name__(PyObject self) { return ((PyType) self).name; }

    @PySetter("__name__")
    public static void type__set_name__(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (t.builtin) throw PyErr.typeError("cannot set '__name__' attribute of immutable type '%s'", t.name);
        if (!(v instanceof PyStr s)) throw PyErr.typeError("can only assign string to %s.__name__, not '%s'", t.name, v.type.tpName());
        t.name = s.value;
    }

    @PyGetter("__qualname__")
    public static String type__qualname__(PyObject self) { return ((PyType) self).qualname; }

    @PySetter("__qualname__")
    public static void type__set_qualname__(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (!(v instanceof PyStr s)) throw PyErr.typeError("can only assign string to %s.__qualname__, not '%s'", t.name, v.type.tpName());
        t.qualname = s.value;
    }

    @PyGetter("__module__")
    public static PyObject type__module__(PyObject self) {
        PyType t = (PyType) self;
        PyObject m = t.dict().get(PyStr.of("__module__"));
        if (t.builtin && !(m instanceof PyStr)) return PyStr.of("builtins");  // type's own entry is this getter
        return m != null ? m : PyStr.of("builtins");
    }

    @PySetter("__module__")
    public static void type__set_module__(PyObject self, PyObject v) {
        setOwnEntry((PyType) self, "__module__", v);
    }

    @PyGetter("__bases__")
    public static PyObject type__bases__(PyObject self) {
        return PyTuple.of(((PyType) self).bases.clone());
    }

    @PyGetter("__base__")
    public static PyObject type__base__(PyObject self) {
        PyType b = ((PyType) self).base;
        return b == null ? PyNone.NONE : b;
    }

    @PyGetter("__mro__")
    public static PyObject type__mro__(PyObject self) {
        return PyTuple.of(((PyType) self).mro.clone());
    }

    /** A class's {@code __annotations__}: its own dict entry, created empty on first use. */
    @PyGetter("__annotations__")
    public static PyObject type__annotations__(PyObject self) {
        PyType t = (PyType) self;
        if (t.builtin) {
            throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '__annotations__'", t.name);
        }
        PyStr key = PyStr.of("__annotations__");
        PyObject a = t.dict().get(key);
        if (a != null) return Descriptor.get(a, null, t);
        a = new PyDict();
        t.dict().put(key, a);
        t.modified();
        return a;
    }

    @PySetter("__annotations__")
    public static void type__set_annotations__(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (t.builtin) throw PyErr.typeError("cannot set '__annotations__' attribute of immutable type '%s'", t.name);
        PyStr key = PyStr.of("__annotations__");
        if (v != null) {
            t.dict().put(key, v);
        } else if (t.dict().remove(key) == null) {
            throw PyErr.format(PyExc.AttributeError, "__annotations__");
        }
        t.modified();
    }

    /** CPython's {@code tp_flags} bits that Python code tests: heap type, subclassable,
     * immutable, and the fast-subclass bits (int ... type). */
    @PyGetter("__flags__")
    public static long type__flags__(PyObject self) {
        PyType t = (PyType) self;
        long flags = (1L << 12) | (t.builtin ? 1L << 8 : 1L << 9) | (t.baseType ? 1L << 10 : 0);
        PyType[] fast = {PyInt.TYPE, PyList.TYPE, PyTuple.TYPE, PyBytes.TYPE, PyStr.TYPE, PyDict.TYPE,
            PyBaseException.TYPE, TYPE};
        for (int i = 0; i < fast.length; i++) if (t.isSubtypeOf(fast[i])) flags |= 1L << (24 + i);
        return flags;
    }

    @PyGetter("__dict__")
    public static PyObject type__dict__(PyObject self) {
        return new PyMappingProxy(((PyType) self).dict());
    }

    @PyGetter("__doc__")
    public static PyObject type__doc__(PyObject self) {
        PyObject d = ((PyType) self).dict().get(PyStr.of("__doc__"));
        return d == null ? PyNone.NONE : Descriptor.get(d, null, (PyType) self);
    }

    /** A class's docstring is an entry of its dict (dataclasses writes one). */
    @PySetter("__doc__")
    public static void type__set_doc__(PyObject self, PyObject v) {
        setOwnEntry((PyType) self, "__doc__", v);
    }

    /**
     * The setters of {@code __module__} and {@code __doc__}: the value goes straight into the
     * class's dict (setTypeAttr would find the setter again); it cannot be deleted.
     */
    private static void setOwnEntry(PyType t, String name, PyObject v) {
        if (t.builtin) throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.name);
        if (v == null) throw PyErr.typeError("cannot delete '%s' attribute of immutable type '%s'", name, t.name);
        t.dict().put(PyStr.of(name), v);
        t.modified();
    }
}
