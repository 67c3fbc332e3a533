package org.gilpy.objects;

/**
 * Python's {@code traceback}: one entry per frame an exception passed through, linked
 * innermost last through {@link #next}. The frame is kept as a PyObject (the vm's frame
 * type); line and instruction index are fixed when the entry is made.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyType.OBJECT, null);

    public final PyTraceback next;
    public final PyObject frame;
    public final PyCode code;
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyTraceback next, PyObject frame, PyCode code, int lasti, int lineno) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.code = code;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @PyGetter("tb_next")
    public PyObject tbNext() { return next == null ? PyNone.NONE : next; }

    @PyGetter("tb_frame")
    public PyObject tbFrame() { return frame; }

    @PyGetter("tb_lineno")
    public int tbLineno() { return lineno; }

    @PyGetter("tb_lasti")
    public int tbLasti() { return lasti * 2; }
}
