package org.gilpy.objects;

/** The methods of {@code UnicodeTranslateError(object, start, end, reason)}, object a str.
 * Instances have the {@link PyUnicodeError} layout (encoding stays None). */
public final class PyUnicodeTranslateError {
    private PyUnicodeTranslateError() {}

    static void init(PyUnicodeError e, PyObject[] args) {
        PyUnicodeError.checkCount(args, 4);
        e.object = PyUnicodeError.strArg(args[0], 1);
        e.start = PySlice.ssize(args[1]);
        e.end = PySlice.ssize(args[2]);
        e.reason = PyUnicodeError.strArg(args[3], 4);
    }

    @PyMethod("__init__")
    static void unicodeTranslateErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        PyBaseException.noKeywords(self, kwnames);
        PyUnicodeError e = (PyUnicodeError) self;
        e.args = PyTuple.of(args.clone());
        init(e, args);
    }

    @PyMethod("__str__")
    static PyObject unicodeTranslateErrorStr(PyObject self) {
        PyUnicodeError e = (PyUnicodeError) self;
        if (e.object == null || e.reason == null) return PyStr.EMPTY;
        String reason = PyUnicodeError.s(e.reason);
        if (e.object instanceof PyStr s && e.start >= 0 && e.start < s.length() && e.end == e.start + 1) {
            return PyStr.of(String.format("can't translate character '%s' in position %d: %s",
                    PyUnicodeError.charEscape(s, e.start), e.start, reason));
        }
        return PyStr.of(String.format("can't translate characters in position %d-%d: %s",
                e.start, e.end - 1, reason));
    }
}
