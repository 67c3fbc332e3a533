package org.gilpy.objects;

/** Python's {@code property}: a data descriptor calling fget, fset and fdel. */
public class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyType.OBJECT, PyProperty::new);

    PyObject fget = PyNone.NONE, fset = PyNone.NONE, fdel = PyNone.NONE, doc = PyNone.NONE;
    String name;
    private PyDict dict;

    public PyProperty(PyType t) {
        super(t);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("property", args, kwnames, new String[] {"fget", "fset", "fdel", "doc"}, 0);
        fget = a[0] == null ? PyNone.NONE : a[0];
        fset = a[1] == null ? PyNone.NONE : a[1];
        fdel = a[2] == null ? PyNone.NONE : a[2];
        doc = a[3] != null ? a[3] : PyNone.NONE;
        if (a[3] == null && fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttr(fget, "__doc__");
            if (d != null) doc = d;
        }
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType t) {
        if (obj == null) return this;
        if (fget == PyNone.NONE) {
            throw PyErr.format(PyExc.AttributeError, name == null ? "unreadable attribute"
                    : "property '" + name + "' of '" + obj.type.tpName() + "' object has no getter");
        }
        return Abstract.call(fget, obj);
    }

    @Override public boolean isDataDescriptor() { return true; }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.NONE) {
            String what = value == null ? "deleter" : "setter";
            throw PyErr.format(PyExc.AttributeError, name == null ? (value == null ? "can't delete attribute" : "can't set attribute")
                    : "property '" + name + "' of '" + obj.type.tpName() + "' object has no " + what);
        }
        if (value == null) Abstract.call(f, obj);
        else Abstract.call(f, obj, value);
    }

    @PyMethod
    public void __set_name__(PyObject owner, PyObject name) {
        if (name instanceof PyStr s) this.name = s.value;
    }

    private PyProperty copy(PyObject g, PyObject s, PyObject d) {
        PyProperty p = (PyProperty) Abstract.call(type, g, s, d, doc);
        p.name = name;
        return p;
    }

    @PyMethod
    public PyObject getter(PyObject f) { return copy(f, fset, fdel); }

    @PyMethod
    public PyObject setter(PyObject f) { return copy(fget, f, fdel); }

    @PyMethod
    public PyObject deleter(PyObject f) { return copy(fget, fset, f); }

    @PyGetter("fget")
    public PyObject getFget() { return fget; }

    @PyGetter("fset")
    public PyObject getFset() { return fset; }

    @PyGetter("fdel")
    public PyObject getFdel() { return fdel; }

    @PyGetter("__doc__")
    public PyObject getDoc() { return doc; }

    @PyGetter("__isabstractmethod__")
    public boolean isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            PyObject v = f == PyNone.NONE ? null : Abstract.lookupAttr(f, "__isabstractmethod__");
            if (v != null && Abstract.isTrue(v)) return true;
        }
        return false;
    }
}
