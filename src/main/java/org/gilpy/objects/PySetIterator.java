package org.gilpy.objects;

/** Python's {@code set_iterator}: walks the table in slot order; raises RuntimeError
 * (sticky) when the set's size changed since the iterator was made. */
public final class PySetIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("set_iterator", PySetIterator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    private SetBase set;
    private int pos;
    private int expectedUsed;
    private int remaining;

    PySetIterator(SetBase set) {
        super(TYPE);
        this.set = set;
        this.expectedUsed = set.used;
        this.remaining = set.used;
    }

    @Override
    public PyObject nextOrNull() {
        SetBase s = set;
        if (s == null) return null;
        if (s.used != expectedUsed) {
            expectedUsed = -1;
            throw PyErr.runtimeError("Set changed size during iteration");
        }
        PyObject[] t = s.table;
        int i = pos;
        while (i < t.length && (t[i] == null || t[i] == SetBase.DUMMY)) i++;
        pos = i + 1;
        if (i >= t.length) {
            set = null;
            return null;
        }
        remaining--;
        return t[i];
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public int __length_hint__() {
        SetBase s = set;
        return s != null && s.used == expectedUsed ? remaining : 0;
    }
}
