package org.gilpy.objects;

/** The methods of {@code UnicodeEncodeError(encoding, object, start, end, reason)}, object
 * a str. Instances have the {@link PyUnicodeError} layout. */
public final class PyUnicodeEncodeError {
    private PyUnicodeEncodeError() {}

    static void init(PyUnicodeError e, PyObject[] args) {
        PyUnicodeError.checkCount(args, 5);
        e.encoding = PyUnicodeError.strArg(args[0], 1);
        e.object = PyUnicodeError.strArg(args[1], 2);
        e.start = PySlice.ssize(args[2]);
        e.end = PySlice.ssize(args[3]);
        e.reason = PyUnicodeError.strArg(args[4], 5);
    }

    @PyMethod("__init__")
    static void unicodeEncodeErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        PyBaseException.noKeywords(self, kwnames);
        PyUnicodeError e = (PyUnicodeError) self;
        e.args = PyTuple.of(args.clone());
        init(e, args);
    }

    @PyMethod("__str__")
    static PyObject unicodeEncodeErrorStr(PyObject self) {
        PyUnicodeError e = (PyUnicodeError) self;
        if (e.object == null || e.reason == null) return PyStr.EMPTY;
        String enc = PyUnicodeError.s(e.encoding), reason = PyUnicodeError.s(e.reason);
        if (e.object instanceof PyStr s && e.start >= 0 && e.start < s.length() && e.end == e.start + 1) {
            return PyStr.of(String.format("'%s' codec can't encode character '%s' in position %d: %s",
                    enc, PyUnicodeError.charEscape(s, e.start), e.start, reason));
        }
        return PyStr.of(String.format("'%s' codec can't encode characters in position %d-%d: %s",
                enc, e.start, e.end - 1, reason));
    }
}
