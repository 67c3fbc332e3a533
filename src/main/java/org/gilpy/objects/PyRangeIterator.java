package org.gilpy.objects;

/** Python's {@code range_iterator}: the iterator of a range whose values fit a long. */
public final class PyRangeIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("range_iterator", PyRangeIterator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private long next;
    private final long step;
    private long remaining;

    public PyRangeIterator(long start, long step, long length) {
        super(TYPE);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public PyObject nextOrNull() {
        if (remaining <= 0) return null;
        long v = next;
        next = v + step;
        remaining--;
        return PyInt.of(v);
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public long __length_hint__() { return Math.max(remaining, 0); }
}
