package org.gilpy.objects;

/** The layout of {@code AttributeError}: the missing attribute's {@code name} and the
 * {@code obj} it was looked up on (keyword arguments {@code name=}, {@code obj=}; set by
 * attribute lookup for the "Did you mean" hint). */
public final class PyAttributeError extends PyBaseException {
    public PyObject name;
    public PyObject obj;

    PyAttributeError(PyType type) {
        super(type);
    }

    @PyMethod("__init__")
    static void attributeErrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyAttributeError e = (PyAttributeError) self;
        e.args = PyTuple.of(args, 0, npos);
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            switch (kwnames[k]) {
                case "name" -> e.name = args[npos + k];
                case "obj" -> e.obj = args[npos + k];
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for AttributeError()", kwnames[k]);
            }
        }
    }

    @PyGetter("name")
    public PyObject getName() { return name == null ? PyNone.NONE : name; }

    @PySetter("name")
    public void setName(PyObject v) { name = v; }

    @PyGetter("obj")
    public PyObject getObj() { return obj == null ? PyNone.NONE : obj; }

    @PySetter("obj")
    public void setObj(PyObject v) { obj = v; }
}
