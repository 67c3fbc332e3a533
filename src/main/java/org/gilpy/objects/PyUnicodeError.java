package org.gilpy.objects;

/**
 * The layout of {@code UnicodeError} and its three subclasses (whose {@code __init__} and
 * {@code __str__} live in {@link PyUnicodeDecodeError}, {@link PyUnicodeEncodeError} and
 * {@link PyUnicodeTranslateError}): {@code encoding}, {@code object} (bytes when decoding,
 * str otherwise), {@code start}, {@code end}, {@code reason}.
 */
public final class PyUnicodeError extends PyBaseException {
    public PyObject encoding, object, reason;
    public long start, end;

    PyUnicodeError(PyType type) {
        super(type);
    }

    @Override
    void initBuiltin(PyObject[] args) {
        if (type.isSubtypeOf(PyExc.UnicodeDecodeError)) PyUnicodeDecodeError.init(this, args);
        else if (type.isSubtypeOf(PyExc.UnicodeEncodeError)) PyUnicodeEncodeError.init(this, args);
        else if (type.isSubtypeOf(PyExc.UnicodeTranslateError)) PyUnicodeTranslateError.init(this, args);
    }

    static void checkCount(PyObject[] args, int n) {
        if (args.length != n) throw PyErr.typeError("function takes exactly %d arguments (%d given)", n, args.length);
    }

    static PyStr strArg(PyObject o, int pos) {
        if (!(o instanceof PyStr s)) throw PyErr.typeError("argument %d must be str, not %s", pos, o.type.tpName());
        return s;
    }

    /** "byte 0xff in position 2" style: the character of a str at a code-point position. */
    static String charEscape(PyStr s, long pos) {
        String v = s.value;
        int cp = v.codePointAt(v.offsetByCodePoints(0, (int) pos));
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    static String s(PyObject o) {
        return Abstract.str(o == null ? PyNone.NONE : o).value;
    }

    private static PyObject field(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    private static long intField(PyObject v) {
        if (v == null) throw PyErr.typeError("can't delete numeric/char attribute");
        if (!PySlice.isIndex(v)) throw PyErr.typeError("an integer is required");
        return PySlice.ssize(v);
    }

    @PyGetter("encoding")
    public PyObject getEncoding() { return field(encoding); }

    @PySetter("encoding")
    public void setEncoding(PyObject v) { encoding = v; }

    @PyGetter("object")
    public PyObject getObject() { return field(object); }

    @PySetter("object")
    public void setObject(PyObject v) { object = v; }

    @PyGetter("start")
    public long getStart() { return start; }

    @PySetter("start")
    public void setStart(PyObject v) { start = intField(v); }

    @PyGetter("end")
    public long getEnd() { return end; }

    @PySetter("end")
    public void setEnd(PyObject v) { end = intField(v); }

    @PyGetter("reason")
    public PyObject getReason() { return field(reason); }

    @PySetter("reason")
    public void setReason(PyObject v) { reason = v; }
}
