package org.gilpy.objects;

/**
 * Python's {@code traceback}: one entry per frame an exception passed through, linked
 * innermost last through {@link #next}. The frame is kept as a PyObject (the vm's frame
 * type); line and instruction index are fixed when the entry is made. Only tb_next can be
 * reassigned (unittest cuts its own frames off a failure's traceback that way).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyType.OBJECT, null);

    public PyTraceback next;
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

    @PySetter("tb_next")
    public void setTbNext(PyObject v) {
        if (v == null) throw PyErr.typeError("can't delete tb_next attribute");
        if (v == PyNone.NONE) { next = null; return; }
        if (!(v instanceof PyTraceback tb)) {
            throw PyErr.typeError("expected traceback object, got '%s'", v.type.tpName());
        }
        for (PyTraceback t = tb; t != null; t = t.next) {
            if (t == this) throw PyErr.valueError("traceback loop detected");
        }
        next = tb;
    }

    @PyGetter("tb_frame")
    public PyObject tbFrame() { return frame; }

    @PyGetter("tb_lineno")
    public int tbLineno() { return lineno; }

    @PyGetter("tb_lasti")
    public int tbLasti() { return lasti * 2; }
}
