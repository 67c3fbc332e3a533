package org.gilpy.objects;

/**
 * The layout of {@code SyntaxError} (and IndentationError, TabError):
 * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}.
 * str() is {@code "msg (file.py, line 3)"} with the file's base name, or shorter forms when
 * the filename or line number is missing. Unset fields (null) read as None.
 */
public final class PySyntaxError extends PyBaseException {
    public PyObject msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine;

    PySyntaxError(PyType type) {
        super(type);
    }

    @Override
    void initBuiltin(PyObject[] args) {
        if (args.length >= 1) msg = args[0];
        if (args.length != 2) return;
        PyObject[] info = Abstract.toArray(args[1]);
        if (info.length < 4) throw PyErr.typeError("function takes at least 4 arguments (%d given)", info.length);
        if (info.length > 6) throw PyErr.typeError("function takes at most 6 arguments (%d given)", info.length);
        filename = info[0];
        lineno = info[1];
        offset = info[2];
        text = info[3];
        if (info.length == 5) throw PyErr.typeError("end_offset must be provided when end_lineno is provided");
        if (info.length == 6) {
            endLineno = info[4];
            endOffset = info[5];
        }
    }

    @PyMethod("__init__")
    static void syntaxErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        noKeywords(self, kwnames);
        PySyntaxError e = (PySyntaxError) self;
        e.args = PyTuple.of(args.clone());
        e.initBuiltin(args);
    }

    @PyMethod("__str__")
    static PyObject syntaxErrorStr(PyObject self) {
        PySyntaxError e = (PySyntaxError) self;
        String m = Abstract.str(e.msg == null ? PyNone.NONE : e.msg).value;
        String file = e.filename instanceof PyStr s ? baseName(s.value) : null;
        String line = e.lineno != null && e.lineno.type == PyInt.TYPE ? Abstract.repr(e.lineno).value : null;
        if (file != null && line != null) return PyStr.of(m + " (" + file + ", line " + line + ")");
        if (file != null) return PyStr.of(m + " (" + file + ")");
        if (line != null) return PyStr.of(m + " (line " + line + ")");
        return PyStr.of(m);
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    private static PyObject field(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    @PyGetter("msg")
    public PyObject getMsg() { return field(msg); }

    @PySetter("msg")
    public void setMsg(PyObject v) { msg = v; }

    @PyGetter("filename")
    public PyObject getFilename() { return field(filename); }

    @PySetter("filename")
    public void setFilename(PyObject v) { filename = v; }

    @PyGetter("lineno")
    public PyObject getLineno() { return field(lineno); }

    @PySetter("lineno")
    public void setLineno(PyObject v) { lineno = v; }

    @PyGetter("offset")
    public PyObject getOffset() { return field(offset); }

    @PySetter("offset")
    public void setOffset(PyObject v) { offset = v; }

    @PyGetter("text")
    public PyObject getText() { return field(text); }

    @PySetter("text")
    public void setText(PyObject v) { text = v; }

    @PyGetter("end_lineno")
    public PyObject getEndLineno() { return field(endLineno); }

    @PySetter("end_lineno")
    public void setEndLineno(PyObject v) { endLineno = v; }

    @PyGetter("end_offset")
    public PyObject getEndOffset() { return field(endOffset); }

    @PySetter("end_offset")
    public void setEndOffset(PyObject v) { endOffset = v; }

    @PyGetter("print_file_and_line")
    public PyObject getPrintFileAndLine() { return field(printFileAndLine); }

    @PySetter("print_file_and_line")
    public void setPrintFileAndLine(PyObject v) { printFileAndLine = v; }
}
