package org.gilpy.objects;

/** Python's {@code tuple_iterator}. Invariant: {@code tuple} is null once exhausted. */
public final class PyTupleIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("tuple_iterator", PyTupleIterator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private PyTuple tuple;
    private int index;

    public PyTupleIterator(PyTuple tuple) {
        super(TYPE);
        this.tuple = tuple;
    }

    @Override
    public PyObject nextOrNull() {
        PyTuple t = tuple;
        if (t == null) return null;
        int i = index;
        if (i < t.items.length) {
            index = i + 1;
            return t.items[i];
        }
        tuple = null;
        return null;
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public int __length_hint__() {
        PyTuple t = tuple;
        return t == null ? 0 : t.items.length - index;
    }
}
