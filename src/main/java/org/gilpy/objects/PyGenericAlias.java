package org.gilpy.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Python's {@code types.GenericAlias}: what {@code list[int]} makes. It remembers the
 * origin class and the arguments, prints as {@code list[int]}, calls the origin, and
 * refuses isinstance checks as CPython does.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyGenericAlias.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("types"));
    }

    final PyObject origin;
    final PyTuple args;
    /** The unpacked form {@code *tuple[int, str]} (PEP 646), which iterating an alias yields. */
    final boolean starred;

    public PyGenericAlias(PyObject origin, PyObject item) {
        this(origin, item, false);
    }

    private PyGenericAlias(PyObject origin, PyObject item, boolean starred) {
        super(TYPE);
        this.origin = origin;
        this.args = item instanceof PyTuple t ? t : PyTuple.of(item);
        this.starred = starred;
    }

    /** {@code types.GenericAlias(origin, args)}, which {@code __class_getitem__ = classmethod(GenericAlias)} calls. */
    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("GenericAlias() takes no keyword arguments");
        if (args.length != 2) throw PyErr.typeError("GenericAlias expected 2 arguments, got %d", args.length);
        return new PyGenericAlias(args[0], args[1]);
    }

    /** Gives the built-in generic classes ({@code list}, {@code dict}...) {@code __class_getitem__}. */
    public static void installClassGetItem(PyType... types) {
        try {
            var mh = MethodHandles.lookup().findStatic(PyGenericAlias.class, "classGetItem",
                    MethodType.methodType(PyObject.class, PyObject.class, PyObject.class));
            for (PyType t : types) {
                JavaFunction f = new JavaFunction("__class_getitem__", t.name + ".__class_getitem__", "", 1, 0, mh);
                t.dict().put(PyStr.of("__class_getitem__"), new PyClassMethodDescriptor(t, f));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PyObject classGetItem(PyObject cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    /** How typing shows a type argument: {@code int}, {@code mod.Cls}, {@code ...}, else repr. */
    static String argRepr(PyObject a) {
        if (a == PyEllipsis.ELLIPSIS) return "...";
        if (a instanceof PyType t) {
            String mod = t.moduleName();
            return mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        }
        return Abstract.repr(a).value;
    }

    @PyMethod
    public String __repr__() {
        StringBuilder b = new StringBuilder(starred ? "*" : "").append(argRepr(origin)).append('[');
        if (args.items.length == 0) b.append("()");
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(argRepr(args.items[i]));
        }
        return b.append(']').toString();
    }

    @PyMethod
    public PyObject __call__(PyObject[] a, String[] kwnames) {
        return Abstract.call(origin, a, kwnames);
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyGenericAlias g)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(starred == g.starred && Abstract.richEqual(origin, g.origin) && Abstract.richEqual(args, g.args));
    }

    @PyMethod
    public long __hash__() {
        return Abstract.hash(origin) ^ Abstract.hash(args);
    }

    /**
     * {@code list[T][int]}: each type variable among the parameters (an object with
     * {@code __typing_subst__}, as typing's TypeVar) is replaced by its argument; an
     * argument that has parameters of its own is subscripted with their values.
     */
    @PyMethod
    public PyObject __getitem__(PyObject item) {
        return new PyGenericAlias(origin, PyTuple.of(substitute(__repr__(), args.items, item)), starred);
    }

    /** {@code *alias}: one item, the alias's unpacked form. */
    @PyMethod
    public PyObject __iter__() {
        return new PyTupleIterator(PyTuple.of(new PyGenericAlias(origin, args, true)));
    }

    @PyGetter("__unpacked__")
    public boolean unpacked() { return starred; }

    /** The arguments of an unpacked {@code *tuple[...]}, else None. */
    @PyGetter("__typing_unpacked_tuple_args__")
    public PyObject unpackedTupleArgs() {
        return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
    }

    /** The arguments {@code args} of the alias shown as {@code repr} after {@code [item]}. */
    static PyObject[] substitute(String repr, PyObject[] args, PyObject item) {
        PyTuple params = collectParameters(args);
        if (params.items.length == 0) throw PyErr.typeError("%s is not a generic class", repr);
        PyObject[] values = item instanceof PyTuple t ? t.items : new PyObject[] {item};
        if (values.length != params.items.length) {
            throw PyErr.typeError("Too %s arguments for %s; actual %d, expected %d",
                    values.length > params.items.length ? "many" : "few", repr, values.length, params.items.length);
        }
        PyObject[] newArgs = new PyObject[args.length];
        for (int i = 0; i < newArgs.length; i++) {
            PyObject a = args[i];
            int at = indexOf(params.items, a);
            if (at >= 0 && !(a instanceof PyType)) {
                newArgs[i] = Abstract.callMethod(a, "__typing_subst__", values[at]);
                continue;
            }
            PyObject inner = a instanceof PyType ? null : Abstract.lookupAttr(a, "__parameters__");
            if (inner instanceof PyTuple ip && ip.items.length > 0) {
                PyObject[] sub = new PyObject[ip.items.length];
                for (int j = 0; j < sub.length; j++) sub[j] = values[indexOf(params.items, ip.items[j])];
                newArgs[i] = Abstract.getItem(a, sub.length == 1 ? sub[0] : PyTuple.of(sub));
            } else {
                newArgs[i] = a;
            }
        }
        return newArgs;
    }

    private static int indexOf(PyObject[] items, PyObject o) {
        for (int i = 0; i < items.length; i++) if (items[i] == o) return i;
        return -1;
    }

    @PyMethod
    public PyObject __mro_entries__(PyObject bases) {
        return PyTuple.of(origin);
    }

    @PyMethod
    public boolean __instancecheck__(PyObject o) {
        throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    public boolean __subclasscheck__(PyObject o) {
        throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    public PyObject __or__(PyObject o) { return PyUnionType.union(this, o); }

    @PyMethod
    public PyObject __ror__(PyObject o) { return PyUnionType.union(o, this); }

    @PyGetter("__origin__")
    public PyObject origin() { return origin; }

    @PyGetter("__args__")
    public PyObject args() { return args; }

    /** The type variables among the arguments and in their own {@code __parameters__}, in order. */
    @PyGetter("__parameters__")
    public PyObject parameters() {
        return collectParameters(args.items);
    }

    static PyTuple collectParameters(PyObject[] args) {
        java.util.List<PyObject> found = new java.util.ArrayList<>();
        for (PyObject a : args) {
            if (a instanceof PyType) continue;
            if (Abstract.lookupAttr(a, "__typing_subst__") != null) {
                if (!found.contains(a)) found.add(a);
                continue;
            }
            if (Abstract.lookupAttr(a, "__parameters__") instanceof PyTuple inner) {
                for (PyObject p : inner.items) if (!found.contains(p)) found.add(p);
            }
        }
        return found.isEmpty() ? PyTuple.EMPTY : PyTuple.of(found.toArray(new PyObject[0]));
    }

    /** The attributes that are the alias's own; all others come from the origin, as in CPython. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
            "__parameters__", "__unpacked__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    @Override
    public PyObject getAttribute(String name) {
        return OWN.contains(name) ? super.getAttribute(name) : origin.getAttribute(name);
    }
}
