package org.gilpy.objects;

/** Python's {@code callable_iterator}, what {@code iter(callable, sentinel)} returns: calls
 * the callable until it returns a value equal to the sentinel (or raises StopIteration). */
public final class PyCallableIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallableIterator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private PyObject callable;
    private final PyObject sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyObject nextOrNull() {
        PyObject f = callable;
        if (f == null) return null;
        PyObject v;
        try {
            v = f.call(new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richEqual(v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }
}
