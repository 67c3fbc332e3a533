package org.gilpy.objects;

/**
 * Base of the built-in iterators: Java code calls {@link #nextOrNull} (no exception at
 * the end), Python sees {@code __iter__} returning self and {@code __next__} raising
 * StopIteration.
 */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    /** The next item, or null when exhausted. */
    public abstract PyObject nextOrNull();

    @PyMethod
    public PyObject __iter__() {
        return this;
    }

    @PyMethod
    public PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) throw PyErr.stopIteration();
        return v;
    }
}
