package org.gilpy.objects;

/** Python's {@code module}: a namespace dict with a name. */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT,
            t -> new PyModule(t, "?", false));

    public final PyDict dict;
    /** Made by gilpy itself (a Java module, {@code __main__}), not by calling {@code ModuleType}. */
    private final boolean builtin;

    public PyModule(String name) {
        this(TYPE, name, true);
    }

    protected PyModule(PyType type, String name, boolean builtin) {
        super(type);
        this.builtin = builtin;
        this.dict = new PyDict();
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        dict.put(PyStr.of("__doc__"), PyNone.NONE);
        dict.put(PyStr.of("__package__"), PyNone.NONE);
        dict.put(PyStr.of("__loader__"), PyNone.NONE);
        dict.put(PyStr.of("__spec__"), PyNone.NONE);
    }

    @Override
    public PyDict getDict() { return dict; }

    /** The module's {@code __name__}. */
    public String name() {
        PyObject n = dict.get(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value : "?";
    }

    public void put(String name, PyObject value) {
        dict.put(PyStr.of(name), value);
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject v = Abstract.genericGetAttr(this, name);
        if (v == null) {
            PyObject ga = dict.get(PyStr.of("__getattr__"));
            if (ga != null) {
                return Abstract.call(ga, new PyObject[] {PyStr.of(name)}, null);
            }
        }
        return v;
    }

    /** A module's annotations: made empty (and kept in its dict) at first use, as in CPython 3.10+. */
    @PyGetter("__annotations__")
    public PyObject annotations() {
        PyObject a = dict.get(PyStr.of("__annotations__"));
        if (a == null) {
            a = new PyDict();
            dict.put(PyStr.of("__annotations__"), a);
        }
        return a;
    }

    @PySetter("__annotations__")
    public void setAnnotations(PyObject value) {
        if (value != null) {
            dict.put(PyStr.of("__annotations__"), value);
        } else if (dict.get(PyStr.of("__annotations__")) != null) {
            dict.remove(PyStr.of("__annotations__"));
        } else {
            throw PyErr.withArgs(PyExc.AttributeError, PyStr.of("__annotations__"));
        }
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("module", args, kwnames, new String[] {"name", "doc"}, 1);
        dict.put(PyStr.of("__name__"), a[0]);
        dict.put(PyStr.of("__doc__"), a[1] == null ? PyNone.NONE : a[1]);
    }

    @PyMethod
    public String __repr__() {
        PyObject file = dict.get(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return "<module '" + name() + "' from '" + f.value + "'>";
        }
        return "<module '" + name() + (builtin ? "' (built-in)>" : "'>");
    }

    /** The module's names, or what a module-level {@code __dir__()} returns (PEP 562). */
    @PyMethod
    public PyObject __dir__() {
        PyObject custom = dict.get(PyStr.of("__dir__"));
        if (custom != null) return Abstract.call(custom, new PyObject[0], null);
        return PyList.of(dict.keys());
    }
}
