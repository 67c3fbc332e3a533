package org.gilpy.objects;

/** Python's {@code map(func, *iterables)}: calls func on the items taken in parallel,
 * stopping with the shortest iterable. Subclassable. */
public class PyMap extends PyIterator {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyType.OBJECT, null);

    private final PyObject func;
    private PyObject[] iterators;
    private PyDict dict;

    public PyMap(PyType type, PyObject func, PyObject[] iterables) {
        super(type);
        this.func = func;
        this.iterators = new PyObject[iterables.length];
        for (int i = 0; i < iterables.length; i++) iterators[i] = Abstract.iter(iterables[i]);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) throw PyErr.typeError("map() takes no keyword arguments");
        int npos = ArgParser.npos(args, kwnames);
        if (npos < 2) throw PyErr.typeError("map() must have at least two arguments.");
        return new PyMap(cls, args[0], java.util.Arrays.copyOfRange(args, 1, npos));
    }

    @Override
    public PyObject nextOrNull() {
        PyObject[] its = iterators;
        if (its == null) return null;
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = Abstract.next(its[i]);
            if (x == null) {
                iterators = null;
                return null;
            }
            items[i] = x;
        }
        return func.call(items, null);
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }
}
