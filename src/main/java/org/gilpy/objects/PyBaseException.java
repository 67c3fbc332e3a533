package org.gilpy.objects;

/**
 * Python's {@code BaseException} and, as instances of other types, every exception.
 *
 * <p>Invariants: {@link #args} is never null; {@link #traceback}, {@link #context} and
 * {@link #cause} are null when unset (Python sees None). Instances of Python subclasses
 * use the layout of their nearest built-in base and always have a {@code __dict__}
 * (created lazily). Exception types with attributes of their own (OSError, SyntaxError,
 * StopIteration, ...) are Java subclasses that override {@link #initBuiltin}, the common
 * part of their {@code __init__} that {@link #create} also runs; their Python-visible
 * methods are static (self first), so that a method of BaseException applied to such an
 * instance does what BaseException's does.
 */
public class PyBaseException extends PyObject {
    public static final PyType TYPE = PyType.builtin("BaseException", PyBaseException.class,
            PyType.OBJECT, t -> new PyBaseException(t));

    public PyTuple args = PyTuple.EMPTY;
    /** A {@code traceback} object or null. */
    public PyObject traceback;
    public PyBaseException context;
    public PyBaseException cause;
    public boolean suppressContext;
    private PyDict dict;

    public PyBaseException(PyType type) {
        super(type);
    }

    /** Creates an instance of exception type {@code t} and initializes it with args,
     * as {@code t(*args)} does for a built-in exception type (no Python code runs
     * unless {@code t} is a Python subclass). {@code OSError} becomes the subclass its
     * errno selects, as in CPython. */
    public static PyBaseException create(PyType t, PyObject... args) {
        if (t.isBuiltin()) {
            if (t == PyExc.OSError) t = PyOSError.typeForArgs(t, args);
            PyObject o = t.newInstance();
            if (!(o instanceof PyBaseException e)) {
                throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                        t.name, o.type.tpName());
            }
            e.args = PyTuple.of(args.clone());
            e.initBuiltin(args);
            return e;
        }
        PyObject o = Abstract.call(t, args, null);
        if (!(o instanceof PyBaseException e)) {
            throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                    t.name, o.type.tpName());
        }
        return e;
    }

    /** The type-specific part of {@code __init__} after {@code args} is set (StopIteration's
     * value, OSError's errno, ...). Built-in exception classes override it; it must not
     * reassign {@link #args} except where CPython does (OSError drops filenames). */
    void initBuiltin(PyObject[] args) {}

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** Sets an attribute (such as AttributeError.name) as {@code setattr} would, so built-in
     * attributes reach their fields and others go to the instance dict. */
    public void setAttr(String name, PyObject value) {
        Abstract.genericSetAttr(this, name, value);
    }

    /** The message: {@code str(self)} without running Python-level overrides. */
    @Override
    public String toString() {
        try {
            return Abstract.str(this).value;
        } catch (RuntimeException e) {
            return "<" + type.name + " object>";
        }
    }

    static void noKeywords(PyObject self, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", self.type.tpName());
        }
    }

    // ---- construction ---------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject o = cls.newInstance();
        if (o instanceof PyBaseException e) {
            e.args = PyTuple.of(ArgParser.positional(args, kwnames).clone());
        }
        return o;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        noKeywords(this, kwnames);
        this.args = PyTuple.of(args.clone());
    }

    // ---- str and repr ----------------------------------------------------------------

    /** BaseException's str of an args tuple: '' for (), str(x) for (x,), else str(args). */
    static PyObject argsStr(PyTuple args) {
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    @PyMethod
    public PyObject __str__() {
        return argsStr(args);
    }

    @PyMethod
    public PyObject __repr__() {
        String name = type.name;
        if (args.size() == 1) {
            return PyStr.of(name + "(" + Abstract.repr(args.get(0)).value + ")");
        }
        return PyStr.of(name + Abstract.repr(args).value);
    }

    // ---- pickling -------------------------------------------------------------------

    @PyMethod
    public PyObject __reduce__() {
        if (dict != null && dict.size() > 0) return PyTuple.of(type, args, dict);
        return PyTuple.of(type, args);
    }

    @PyMethod
    public void __setstate__(PyObject state) {
        if (state == PyNone.NONE) return;
        if (!(state instanceof PyDict d)) throw PyErr.typeError("state is not a dictionary");
        for (java.util.Map.Entry<PyObject, PyObject> e : d.entries()) {
            Abstract.setAttr(this, PyObject.attrName(e.getKey()), e.getValue());
        }
    }

    // ---- attributes -------------------------------------------------------------------

    @PyGetter("args")
    public PyObject getArgs() { return args; }

    @PySetter("args")
    public void setArgs(PyObject v) {
        if (v == null) throw PyErr.typeError("args may not be deleted");
        args = PyTuple.of(Abstract.toArray(v));
    }

    @PyGetter("__traceback__")
    public PyObject getTraceback() { return traceback == null ? PyNone.NONE : traceback; }

    @PySetter("__traceback__")
    public void setTraceback(PyObject v) {
        if (v == null) throw PyErr.typeError("__traceback__ may not be deleted");
        if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        traceback = v == PyNone.NONE ? null : v;
    }

    @PyGetter("__context__")
    public PyObject getContext() { return context == null ? PyNone.NONE : context; }

    @PySetter("__context__")
    public void setContext(PyObject v) {
        if (v == null) throw PyErr.typeError("__context__ may not be deleted");
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw PyErr.typeError("exception context must be None or derive from BaseException");
        }
        context = v == PyNone.NONE ? null : (PyBaseException) v;
    }

    @PyGetter("__cause__")
    public PyObject getCause() { return cause == null ? PyNone.NONE : cause; }

    @PySetter("__cause__")
    public void setCause(PyObject v) {
        if (v == null) throw PyErr.typeError("__cause__ may not be deleted");
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw PyErr.typeError("exception cause must be None or derive from BaseException");
        }
        cause = v == PyNone.NONE ? null : (PyBaseException) v;
        suppressContext = true;
    }

    @PyGetter("__suppress_context__")
    public boolean getSuppressContext() { return suppressContext; }

    @PySetter("__suppress_context__")
    public void setSuppressContext(PyObject v) {
        if (v == null) throw PyErr.typeError("can't delete attribute");
        suppressContext = Abstract.isTrue(v);
    }

    @PyMethod
    public PyObject with_traceback(PyObject tb) {
        setTraceback(tb);
        return this;
    }

    /** {@code add_note(note)}: appends to the {@code __notes__} list, creating it. */
    @PyMethod
    public void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '%s'", note.type.tpName());
        }
        PyObject notes = Abstract.lookupAttr(this, "__notes__");
        if (notes == null) {
            notes = new PyList();
            Abstract.setAttr(this, "__notes__", notes);
        }
        if (!(notes instanceof PyList l)) throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        l.append(note);
    }
}
