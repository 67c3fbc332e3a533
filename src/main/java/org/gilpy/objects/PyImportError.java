package org.gilpy.objects;

/** The layout of {@code ImportError} (and ModuleNotFoundError): {@code msg} (the single
 * argument), and the keyword arguments {@code name=} and {@code path=}. str() is msg when
 * it is a str. */
public final class PyImportError extends PyBaseException {
    public PyObject msg, name, path;

    PyImportError(PyType type) {
        super(type);
    }

    @Override
    void initBuiltin(PyObject[] args) {
        msg = args.length == 1 ? args[0] : null;
    }

    @PyMethod("__init__")
    static void importErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyImportError e = (PyImportError) self;
        PyObject[] pos = java.util.Arrays.copyOf(args, npos);
        e.args = PyTuple.of(pos.clone());
        e.name = e.path = null;
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            switch (kwnames[k]) {
                case "name" -> e.name = args[npos + k];
                case "path" -> e.path = args[npos + k];
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for ImportError()", kwnames[k]);
            }
        }
        e.initBuiltin(pos);
    }

    @PyMethod("__str__")
    static PyObject importErrorStr(PyObject self) {
        PyImportError e = (PyImportError) self;
        if (e.msg != null && e.msg.type == PyStr.TYPE) return e.msg;
        return argsStr(e.args);
    }

    @PyMethod("__reduce__")
    static PyObject importErrorReduce(PyObject self) {
        PyImportError e = (PyImportError) self;
        PyDict state = new PyDict();
        PyDict d = e.getDict();
        if (d.size() > 0) state.putAll(d);
        if (e.name != null && e.name != PyNone.NONE) state.put("name", e.name);
        if (e.path != null && e.path != PyNone.NONE) state.put("path", e.path);
        if (state.size() == 0) return PyTuple.of(e.type, e.args);
        return PyTuple.of(e.type, e.args, state);
    }

    @PyGetter("msg")
    public PyObject getMsg() { return msg == null ? PyNone.NONE : msg; }

    @PySetter("msg")
    public void setMsg(PyObject v) { msg = v; }

    @PyGetter("name")
    public PyObject getName() { return name == null ? PyNone.NONE : name; }

    @PySetter("name")
    public void setName(PyObject v) { name = v; }

    @PyGetter("path")
    public PyObject getPath() { return path == null ? PyNone.NONE : path; }

    @PySetter("path")
    public void setPath(PyObject v) { path = v; }
}
