package org.gilpy.objects;

/** The layout of {@code SystemExit}: {@code code} is None without arguments, the argument
 * with one, the args tuple with several. */
public final class PySystemExit extends PyBaseException {
    /** The exit code, or null when never set (Python sees None). */
    public PyObject code;

    PySystemExit(PyType type) {
        super(type);
    }

    @Override
    void initBuiltin(PyObject[] args) {
        code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : this.args;
    }

    @PyMethod("__init__")
    static void systemExitInit(PyObject self, PyObject[] args, String[] kwnames) {
        noKeywords(self, kwnames);
        PySystemExit e = (PySystemExit) self;
        e.args = PyTuple.of(args.clone());
        e.initBuiltin(args);
    }

    @PyGetter("code")
    public PyObject getCode() { return code == null ? PyNone.NONE : code; }

    @PySetter("code")
    public void setCode(PyObject v) { code = v; }
}
