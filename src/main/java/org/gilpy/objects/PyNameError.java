package org.gilpy.objects;

/** The layout of {@code NameError} (and UnboundLocalError): the {@code name} that was not
 * found, given as the keyword argument {@code name=}. */
public final class PyNameError extends PyBaseException {
    public PyObject name;

    PyNameError(PyType type) {
        super(type);
    }

    @PyMethod("__init__")
    static void nameErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyNameError e = (PyNameError) self;
        e.args = PyTuple.of(args, 0, npos);
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            if (!kwnames[k].equals("name")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for NameError()", kwnames[k]);
            }
            e.name = args[npos + k];
        }
    }

    @PyGetter("name")
    public PyObject getName() { return name == null ? PyNone.NONE : name; }

    @PySetter("name")
    public void setName(PyObject v) { name = v; }
}
