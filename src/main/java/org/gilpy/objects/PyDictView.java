package org.gilpy.objects;

import org.gilpy.bytecode.CompareOp;

/**
 * What the three dict views ({@link PyDictKeys}, {@link PyDictValues}, {@link PyDictItems})
 * share: the live dict they look at, and the set behaviour of the keys and items views
 * (comparisons as sets, {@code & | - ^} producing a {@code set}, {@code isdisjoint}),
 * following CPython's {@code dictviews_*} functions, which receive the operands in
 * operator order (the view may be on either side).
 */
public abstract class PyDictView extends PyObject {
    final PyDict dict;

    PyDictView(PyType type, PyDict dict) {
        super(type);
        this.dict = dict;
    }

    /** {@code len(view)}. */
    public int size() { return dict.size; }

    abstract boolean viewContains(PyObject x);

    final String viewRepr() {
        if (!ReprGuard.enter(this)) return "...";
        try {
            PyList items = PyList.fromIterable(this);
            return type.name + "(" + Abstract.repr(items).value + ")";
        } finally {
            ReprGuard.leave(this);
        }
    }

    /** True for the set-like views (keys and items). */
    static boolean isSetView(PyObject o) {
        return o instanceof PyDictKeys || o instanceof PyDictItems;
    }

    private static int viewLen(PyObject o) {
        return o instanceof PyDictView v ? v.dict.size : Abstract.len(o);
    }

    /** {@code dictviews_to_set}: a keys view of an exact dict is copied from the dict itself. */
    static PySet toSet(PyObject o) {
        PySet s = new PySet();
        if (o instanceof PyDictKeys k && k.dict.type == PyDict.TYPE) s.update(k.dict);
        else s.update(o);
        return s;
    }

    /** Every item of {@code a} is in {@code b} (by {@code b}'s {@code in}). */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.iter(a);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(b, x)) return false;
        }
        return true;
    }

    final PyObject compareAsSet(PyObject other, CompareOp op) {
        if (!(other instanceof SetBase) && !isSetView(other)) return PyNotImplemented.NOT_IMPLEMENTED;
        int a = dict.size, b = viewLen(other);
        return PyBool.of(switch (op) {
            case EQ -> a == b && allContainedIn(this, other);
            case NE -> !(a == b && allContainedIn(this, other));
            case LT -> a < b && allContainedIn(this, other);
            case LE -> a <= b && allContainedIn(this, other);
            case GT -> a > b && allContainedIn(other, this);
            case GE -> a >= b && allContainedIn(other, this);
        });
    }

    static PyObject or(PyObject a, PyObject b) {
        PySet r = toSet(a);
        r.update(b);
        return r;
    }

    static PyObject sub(PyObject a, PyObject b) {
        PySet r = toSet(a);
        r.differenceUpdate(b);
        return r;
    }

    static PyObject xor(PyObject a, PyObject b) {
        PySet r = toSet(a);
        r.symmetricDifferenceUpdate(b);
        return r;
    }

    static PyObject and(PyObject a, PyObject b) {
        PyObject self = a, other = b;
        if (!isSetView(self)) {
            self = b;
            other = a;
        }
        PyDictView view = (PyDictView) self;
        int lenSelf = view.dict.size;
        if (other.type == PySet.TYPE && lenSelf <= ((PySet) other).used) {
            return ((PySet) other).intersection(view);
        }
        if (isSetView(other) && ((PyDictView) other).dict.size > lenSelf) {
            PyObject t = self;
            self = other;
            other = t;
            view = (PyDictView) self;
        }
        PySet r = new PySet();
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (view.viewContains(x)) r.addItem(x);
        }
        return r;
    }

    final boolean isDisjointWith(PyObject other) {
        if (other == this) return dict.size == 0;
        PyObject self = this;
        if ((other instanceof SetBase || isSetView(other)) && viewLen(other) > dict.size) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.contains(self, x)) return false;
        }
        return true;
    }
}
