package org.gilpy.objects;

/** Python's {@code list_reverseiterator}: walks a list from its end; stops for good when
 * the position falls outside the (possibly shrunk) list. */
public final class PyListReverseIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("list_reverseiterator", PyListReverseIterator.class,
            PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private PyList list;
    private int index;

    public PyListReverseIterator(PyList list) {
        super(TYPE);
        this.list = list;
        this.index = list.size - 1;
    }

    @Override
    public PyObject nextOrNull() {
        PyList l = list;
        if (l == null) return null;
        int i = index;
        if (i >= 0 && i < l.size) {
            index = i - 1;
            return l.items[i];
        }
        list = null;
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
        PyList l = list;
        return l == null || index >= l.size ? 0 : index + 1;
    }
}
