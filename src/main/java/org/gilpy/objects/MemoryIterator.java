package org.gilpy.objects;

/** {@code memory_iterator}: the items of a one-dimensional memoryview, read live. */
final class MemoryIterator extends PyIterator {
    static final PyType TYPE = PyType.builtin("memory_iterator", MemoryIterator.class, PyType.OBJECT, null);

    private PyMemoryView view;
    private int index;

    MemoryIterator(PyMemoryView view) {
        super(TYPE);
        this.view = view;
    }

    @Override
    public PyObject nextOrNull() {
        PyMemoryView v = view;
        if (v == null) return null;
        if (index >= v.__len__()) {
            view = null;
            return null;
        }
        return v.item(index++);
    }
}
