package org.gilpy.objects;

/**
 * {@code pickle.PickleBuffer(buffer)}: a wrapper that tells pickle (protocol 5) to
 * send a bytes-like object's contents in-band or out-of-band. Invariant: {@link #view}
 * is a memoryview of the wrapped object until {@code release()}, then null.
 */
public final class PyPickleBuffer extends PyObject implements BytesLike, BufferProxy {
    public static final PyType TYPE = PyType.builtin("PickleBuffer", PyPickleBuffer.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("pickle"));
        TYPE.dict().put(PyStr.of("__doc__"), PyStr.of("Wrapper for potentially out-of-band buffers"));
        TYPE.baseType = false;
    }

    private PyMemoryView view;

    private PyPickleBuffer(PyMemoryView view) {
        super(TYPE);
        this.view = view;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("PickleBuffer", args, kwnames, new String[] {"buffer"}, 1);
        if (!(a[0] instanceof BytesLike)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", a[0].type.tpName());
        }
        return new PyPickleBuffer(PyMemoryView.of(a[0]));
    }

    @Override
    public PyMemoryView bufferView() {
        if (view == null) throw PyErr.valueError("operation forbidden on released PickleBuffer object");
        return view;
    }

    /** A one-dimensional byte view of the whole buffer (which must be contiguous). */
    @PyMethod
    public PyObject raw() {
        PyMemoryView v = bufferView();
        if (!v.c_contiguous() && !v.f_contiguous()) {
            throw PyErr.format(PyExc.BufferError, "cannot extract raw buffer from non-contiguous buffer");
        }
        return Abstract.callMethod(v, "cast", PyStr.of("B"));
    }

    /** Releases the underlying buffer: the PickleBuffer cannot be used any more. */
    @PyMethod
    public void release() {
        if (view != null) view.release();
        view = null;
    }

    @Override
    public byte[] bytesData() {
        return bufferView().bytesData();
    }

    @Override
    public int bytesLength() {
        return bufferView().bytesLength();
    }
}
