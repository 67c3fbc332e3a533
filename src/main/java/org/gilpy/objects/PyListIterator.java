package org.gilpy.objects;

/** Python's {@code list_iterator}: walks a list by position, seeing later appends.
 * Invariant: {@code list} is null once exhausted (it never restarts). */
public final class PyListIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("list_iterator", PyListIterator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private PyList list;
    private int index;

    public PyListIterator(PyList list) {
        super(TYPE);
        this.list = list;
    }

    @Override
    public PyObject nextOrNull() {
        PyList l = list;
        if (l == null) return null;
        int i = index;
        if (i < l.size) {
            index = i + 1;
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
        return l == null ? 0 : Math.max(0, l.size - index);
    }
}
