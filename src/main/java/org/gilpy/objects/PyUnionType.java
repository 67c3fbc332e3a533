package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code types.UnionType}: {@code int | str}, usable with isinstance and issubclass. */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyUnionType.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("types"));
    }

    final PyTuple args;

    private PyUnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /**
     * {@code a | b} for types, None, generic aliases and unions: flattened, without
     * duplicates, and the single member itself when only one remains. NotImplemented
     * when either side is something else.
     */
    public static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.NOT_IMPLEMENTED;
        List<PyObject> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        return members.size() == 1 ? members.get(0) : new PyUnionType(PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    private static void add(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject m : u.args.items) add(members, m);
            return;
        }
        PyObject m = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : members) if (Abstract.richEqual(x, m)) return;
        members.add(m);
    }

    @PyMethod
    public String __repr__() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) b.append(" | ");
            PyObject a = args.items[i];
            b.append(a == PyNone.TYPE ? "None" : PyGenericAlias.argRepr(a));
        }
        return b.toString();
    }

    @PyMethod
    public boolean __instancecheck__(PyObject o) {
        for (PyObject a : args.items) {
            if (a instanceof PyGenericAlias) {
                throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
            }
        }
        for (PyObject a : args.items) if (Abstract.isInstance(o, a)) return true;
        return false;
    }

    @PyMethod
    public boolean __subclasscheck__(PyObject o) {
        for (PyObject a : args.items) {
            if (a instanceof PyGenericAlias) {
                throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
            }
        }
        for (PyObject a : args.items) if (Abstract.isSubclass(o, a)) return true;
        return false;
    }

    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyUnionType u)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(PyFrozenSet.of(args).__eq__(PyFrozenSet.of(u.args)) == PyBool.TRUE);
    }

    @PyMethod
    public long __hash__() {
        return PyFrozenSet.of(args).__hash__();
    }

    @PyMethod
    public PyObject __or__(PyObject o) { return union(this, o); }

    @PyMethod
    public PyObject __ror__(PyObject o) { return union(o, this); }

    @PyGetter("__args__")
    public PyObject args() { return args; }

    /** The type variables among the members, as {@code types.GenericAlias} collects them. */
    @PyGetter("__parameters__")
    public PyObject parameters() { return PyGenericAlias.collectParameters(args.items); }

    /** {@code (int | list[T])[str]}: the members with the type variables substituted, or-ed again. */
    @PyMethod
    public PyObject __getitem__(PyObject item) {
        PyObject[] members = PyGenericAlias.substitute(__repr__(), args.items, item);
        PyObject result = members[0];
        for (int i = 1; i < members.length; i++) {
            result = Abstract.binaryOp(result, members[i], org.gilpy.bytecode.BinaryOp.OR);
        }
        return result;
    }
}
