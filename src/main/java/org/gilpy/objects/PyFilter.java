package org.gilpy.objects;

/** Python's {@code filter(function or None, iterable)}: the items for which function (or,
 * with None, the item itself) is true. Subclassable. */
public class PyFilter extends PyIterator {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, null);

    /** The predicate, or null for None (and for bool, which means the same). */
    private final PyObject func;
    private PyObject iterator;
    private PyDict dict;

    public PyFilter(PyType type, PyObject func, PyObject iterable) {
        super(type);
        this.func = func == PyNone.NONE || func == PyBool.TYPE ? null : func;
        this.iterator = Abstract.iter(iterable);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) throw PyErr.typeError("filter() takes no keyword arguments");
        int npos = ArgParser.npos(args, kwnames);
        if (npos != 2) throw PyErr.typeError("filter expected 2 arguments, got %d", npos);
        return new PyFilter(cls, args[0], args[1]);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject it = iterator;
        if (it == null) return null;
        while (true) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                iterator = null;
                return null;
            }
            boolean keep = func == null ? Abstract.isTrue(x) : Abstract.isTrue(func.call(new PyObject[] {x}, null));
            if (keep) return x;
        }
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }
}
