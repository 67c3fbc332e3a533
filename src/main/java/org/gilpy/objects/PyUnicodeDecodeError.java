package org.gilpy.objects;

/** The methods of {@code UnicodeDecodeError(encoding, object, start, end, reason)}; the
 * object is stored as bytes. Instances have the {@link PyUnicodeError} layout. */
public final class PyUnicodeDecodeError {
    private PyUnicodeDecodeError() {}

    /** Fills a new UnicodeDecodeError's fields (args already set). */
    static void init(PyUnicodeError e, PyObject[] args) {
        PyUnicodeError.checkCount(args, 5);
        e.encoding = PyUnicodeError.strArg(args[0], 1);
        PyObject o = args[1];
        e.object = o.type == PyBytes.TYPE ? o : PyBytes.copyOf(BytesLike.exact(o));
        e.start = PySlice.ssize(args[2]);
        e.end = PySlice.ssize(args[3]);
        e.reason = PyUnicodeError.strArg(args[4], 5);
    }

    @PyMethod("__init__")
    static void unicodeDecodeErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        PyBaseException.noKeywords(self, kwnames);
        PyUnicodeError e = (PyUnicodeError) self;
        e.args = PyTuple.of(args.clone());
        init(e, args);
    }

    @PyMethod("__str__")
    static PyObject unicodeDecodeErrorStr(PyObject self) {
        PyUnicodeError e = (PyUnicodeError) self;
        if (e.object == null || e.reason == null) return PyStr.EMPTY;
        String enc = PyUnicodeError.s(e.encoding), reason = PyUnicodeError.s(e.reason);
        byte[] data = e.object instanceof BytesLike ? BytesLike.exact(e.object) : new byte[0];
        if (e.start >= 0 && e.start < data.length && e.end == e.start + 1) {
            return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                    enc, data[(int) e.start] & 0xFF, e.start, reason));
        }
        return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s",
                enc, e.start, e.end - 1, reason));
    }
}
