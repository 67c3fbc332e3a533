package org.gilpy.modules.re;

import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code _sre.SRE_Scanner}, what {@code Pattern.scanner(string, pos, endpos)} returns: each
 * {@code match()} or {@code search()} continues where the previous match ended, with the
 * empty-match rule of finditer (no empty match where the previous empty match was), and
 * once a call finds nothing every later call returns None.
 */
public final class PyScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("SRE_Scanner", PyScanner.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_sre"));
        TYPE.baseType = false;
    }

    private final SreModule.Engine engine;
    private final PyObject string;
    private final int pos, endpos;
    /** Where the next call starts, or -1 once exhausted. */
    private int next;
    /** A position where an empty match is refused (where the previous one was empty), or -1. */
    private int noEmptyAt = -1;

    PyScanner(SreModule.Engine engine, PyObject string, int pos, int endpos) {
        super(TYPE);
        this.engine = engine;
        this.string = string;
        this.pos = pos;
        this.endpos = endpos;
        this.next = pos;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("cannot create '_sre.SRE_Scanner' instances");
    }

    @PyGetter("pattern")
    public PyObject pattern() { return engine.owner(); }

    @PyMethod
    public PyObject match() { return step(false); }

    @PyMethod
    public PyObject search() { return step(true); }

    private PyObject step(boolean search) {
        if (next < 0) return PyNone.NONE;
        PyMatch m = engine.step(string, pos, endpos, next, noEmptyAt, search);
        if (m == null) {
            next = -1;
            return PyNone.NONE;
        }
        int s = m.startOf(0), e = m.endOf(0);
        next = e;
        noEmptyAt = s == e ? e : -1;
        return m;
    }
}
