package org.gilpy.objects;

/**
 * Python's {@code weakref.ReferenceType} ({@code weakref.ref}): calling it returns its
 * object, or None once the object is gone. Subclassable ({@code WeakMethod},
 * {@code KeyedRef}). The object is held through its {@link WeakRefs.Anchor}, shared by all
 * weak references to it; {@code ref(obj)} without a callback returns the existing basic
 * reference when there is one, as CPython does.
 *
 * <p>Invariants: {@link #anchor} is never null; {@link #callback} is null once called
 * (or when there was none); {@link #hash} is the object's hash once computed.
 */
public class PyWeakRef extends PyObject {
    public static final PyType TYPE = PyType.builtin("ReferenceType", PyWeakRef.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("weakref"));
        PyGenericAlias.installClassGetItem(TYPE);
    }

    final WeakRefs.Anchor anchor;
    private PyObject callback;
    private long hash;
    private boolean hashed;
    /** Values of {@code __slots__} members of a Python subclass (see PyMemberDescriptor). */
    PyObject[] slots;

    PyWeakRef(PyType type, WeakRefs.Anchor anchor, PyObject callback) {
        super(type);
        this.anchor = anchor;
        this.callback = callback;
        if (type.slotNames != null) slots = new PyObject[type.slotNames.length];
    }

    /** Instances of Python subclasses: they have a {@code __dict__}. */
    static final class Derived extends PyWeakRef {
        private PyDict dict;

        Derived(PyType type, WeakRefs.Anchor anchor, PyObject callback) {
            super(type, anchor, callback);
        }

        /** A Python subclass's own {@code __call__} (WeakMethod's) wins over ref's. */
        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject f = type.lookup("__call__");
            if (f != TYPE.dict().get(PyStr.of("__call__"))) return Abstract.callUnbound(f, this, args, kwnames);
            return __call__(args, kwnames);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasInstanceDict) dict = new PyDict();
            return dict;
        }

        @Override
        public boolean setDict(PyDict d) {
            if (!type.hasInstanceDict) return false;
            dict = d;
            return true;
        }
    }

    /** {@code weakref.ref(obj)}: the basic reference to obj, made when it has none. */
    public static PyWeakRef of(PyObject obj) {
        PyObject existing = WeakRefs.basic(obj, false);
        if (existing != null) return (PyWeakRef) existing;
        PyWeakRef r = new PyWeakRef(TYPE, WeakRefs.anchor(obj), null);
        r.anchor.add(r, true);
        return r;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (cls == TYPE && kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("ref() takes no keyword arguments");
        }
        if (npos < 1) throw PyErr.typeError("__new__ expected at least 1 argument, got %d", npos);
        if (npos > 2) throw PyErr.typeError("__new__ expected at most 2 arguments, got %d", npos);
        PyObject obj = args[0];
        PyObject cb = npos == 2 && args[1] != PyNone.NONE ? args[1] : null;
        if (cls == TYPE && cb == null) return of(obj);
        WeakRefs.Anchor a = WeakRefs.anchor(obj);
        PyWeakRef r = cls == TYPE ? new PyWeakRef(cls, a, cb) : new Derived(cls, a, cb);
        a.add(r, false);
        return r;
    }

    /** Accepts what {@code __new__} took (a subclass's {@code __init__} may pass them on). */
    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {}

    /** The object, or null once it is gone. */
    public PyObject get() {
        return anchor.get();
    }

    /** The callback, which runs at most once: null afterwards. */
    PyObject takeCallback() {
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return __call__(args, kwnames);
    }

    @PyMethod
    public PyObject __call__(PyObject[] args, String[] kwnames) {
        int n = args.length;
        if (n > 0) throw PyErr.typeError("weakref expected 0 arguments, got %d", n);
        PyObject o = get();
        return o == null ? PyNone.NONE : o;
    }

    @PyGetter("__callback__")
    public PyObject getCallback() {
        return callback == null ? PyNone.NONE : callback;
    }

    @PyMethod
    public long __hash__() {
        if (hashed) return hash;
        PyObject o = get();
        if (o == null) throw PyErr.typeError("weak object has gone away");
        hash = Abstract.hash(o);
        hashed = true;
        return hash;
    }

    @PyMethod
    public PyObject __eq__(PyObject other) {
        return equality(other, false);
    }

    @PyMethod
    public PyObject __ne__(PyObject other) {
        return equality(other, true);
    }

    private PyObject equality(PyObject other, boolean negate) {
        if (!(other instanceof PyWeakRef w)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyObject a = get(), b = w.get();
        if (a == null || b == null) return PyBool.of((this == other) != negate);
        return Abstract.compare(a, b, negate ? org.gilpy.bytecode.CompareOp.NE : org.gilpy.bytecode.CompareOp.EQ);
    }

    @PyMethod
    public PyObject __repr__() {
        String at = "<weakref at 0x" + Integer.toHexString(System.identityHashCode(this)) + "; ";
        PyObject o = get();
        if (o == null) return PyStr.of(at + "dead>");
        PyObject name = Abstract.lookupAttr(o, "__name__");
        String to = "to '" + PyWeakProxy.qualifiedTypeName(o) + "' at 0x" + Integer.toHexString(System.identityHashCode(o));
        if (name instanceof PyStr s) to += " (" + s.value + ")";
        return PyStr.of(at + to + ">");
    }
}
