package org.gilpy.objects;

/**
 * The iterators over bytes ({@code bytes_iterator}) and bytearray
 * ({@code bytearray_iterator}): yield ints, reading the live contents, so a bytearray
 * changed during iteration is seen as it is (as in CPython).
 */
final class BytesIterator extends PyIterator {
    static final PyType BYTES_TYPE = PyType.builtin("bytes_iterator", BytesIterator.class, PyType.OBJECT, null);
    static final PyType BYTEARRAY_TYPE = PyType.builtin("bytearray_iterator", BytesIterator.class, PyType.OBJECT, null);

    private BytesLike seq;
    private int index;

    BytesIterator(BytesLike seq) {
        super(seq instanceof PyByteArray ? BYTEARRAY_TYPE : BYTES_TYPE);
        this.seq = seq;
    }

    @Override
    public PyObject nextOrNull() {
        BytesLike s = seq;
        if (s == null) return null;
        if (index >= s.bytesLength()) {
            seq = null;
            return null;
        }
        return PyInt.of(s.bytesData()[index++] & 0xFF);
    }

    @PyMethod
    public int __length_hint__() {
        BytesLike s = seq;
        return s == null ? 0 : Math.max(s.bytesLength() - index, 0);
    }
}
