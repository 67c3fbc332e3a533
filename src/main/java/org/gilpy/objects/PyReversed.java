package org.gilpy.objects;

/** Python's {@code reversed(seq)}: {@code seq.__reversed__()} when the type has it, else an
 * iterator over a sequence ({@code __len__} and {@code __getitem__}) from its end.
 * Subclassable. */
public class PyReversed extends PyIterator {
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyType.OBJECT, null);

    private PyObject seq;
    private long index;
    private PyDict dict;

    PyReversed(PyType type, PyObject seq, long length) {
        super(type);
        this.seq = seq;
        this.index = length - 1;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    /** {@code reversed(seq)} for Java callers (the builtin). */
    public static PyObject of(PyObject seq) {
        return create(TYPE, seq);
    }

    private static PyObject create(PyType cls, PyObject seq) {
        PyObject meth = seq.type.lookup("__reversed__");
        if (meth == PyNone.NONE) throw PyErr.typeError("'%s' object is not reversible", seq.type.tpName());
        if (meth != null) return Abstract.callUnbound(meth, seq, new PyObject[0], null);
        if (seq instanceof PyDict || seq.type.lookup("__getitem__") == null || seq.type.lookup("__len__") == null) {
            throw PyErr.typeError("'%s' object is not reversible", seq.type.tpName());
        }
        return new PyReversed(cls, seq, Abstract.len(seq));
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) throw PyErr.typeError("reversed() takes no keyword arguments");
        int npos = ArgParser.npos(args, kwnames);
        if (npos != 1) throw PyErr.typeError("reversed expected 1 argument, got %d", npos);
        return create(cls, args[0]);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject s = seq;
        if (s == null) return null;
        if (index >= 0) {
            try {
                PyObject item = Abstract.getItem(s, PyInt.of(index));
                index--;
                return item;
            } catch (PyException e) {
                if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) throw e;
            }
        }
        seq = null;
        index = -1;
        return null;
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public long __length_hint__() {
        PyObject s = seq;
        if (s == null) return 0;
        long position = index + 1;
        return Abstract.len(s) < position ? 0 : position;
    }
}
