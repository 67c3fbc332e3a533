package org.gilpy.objects;

/** The layout of {@code StopIteration}: {@code value} is the first argument (None without
 * one); a generator's {@code return x} raises it with x. */
public final class PyStopIteration extends PyBaseException {
    /** The value, or null when never set (Python sees None). */
    public PyObject value;

    PyStopIteration(PyType type) {
        super(type);
    }

    @Override
    void initBuiltin(PyObject[] args) {
        value = args.length > 0 ? args[0] : PyNone.NONE;
    }

    @PyMethod("__init__")
    static void stopIterationInit(PyObject self, PyObject[] args, String[] kwnames) {
        noKeywords(self, kwnames);
        PyStopIteration e = (PyStopIteration) self;
        e.args = PyTuple.of(args.clone());
        e.initBuiltin(args);
    }

    @PyGetter("value")
    public PyObject getValue() { return value == null ? PyNone.NONE : value; }

    @PySetter("value")
    public void setValue(PyObject v) { value = v; }
}
