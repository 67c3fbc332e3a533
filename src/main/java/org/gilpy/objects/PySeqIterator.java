package org.gilpy.objects;

/** Python's {@code iterator}: iterates an object by {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
public final class PySeqIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("iterator", PySeqIterator.class, PyType.OBJECT, null);

    private PyObject seq;
    private long index;

    public PySeqIterator(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    @Override
    public PyObject nextOrNull() {
        if (seq == null) return null;
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
