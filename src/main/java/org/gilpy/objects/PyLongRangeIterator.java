package org.gilpy.objects;

import java.math.BigInteger;

/** Python's {@code longrange_iterator}: the iterator of a range beyond the long range. */
public final class PyLongRangeIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("longrange_iterator", PyLongRangeIterator.class,
            PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        super(TYPE);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public PyObject nextOrNull() {
        if (remaining.signum() <= 0) return null;
        BigInteger v = next;
        next = v.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return PyInt.of(v);
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public PyObject __length_hint__() { return PyInt.of(remaining); }
}
