package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * The three iterators driven by a predicate, one Java class with one Python type each:
 * {@code dropwhile(predicate, iterable)}, {@code takewhile(predicate, iterable)} and
 * {@code filterfalse(predicate, iterable)} (a None predicate tests the item itself).
 */
final class Predicated extends ItIterator {
    static final PyType DROPWHILE = newType("dropwhile", Predicated.class);
    static final PyType TAKEWHILE = newType("takewhile", Predicated.class);
    static final PyType FILTERFALSE = newType("filterfalse", Predicated.class);

    private enum Kind { DROP, TAKE, FILTER }

    private final Kind kind;
    private final PyObject predicate;
    private PyObject it;
    /** dropwhile: the predicate has failed once, so everything passes now. */
    private boolean dropped;

    private Predicated(PyType type, Kind kind, PyObject predicate, PyObject it) {
        super(type);
        this.kind = kind;
        this.predicate = predicate;
        this.it = it;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        Kind kind = cls.isSubtypeOf(DROPWHILE) ? Kind.DROP : cls.isSubtypeOf(TAKEWHILE) ? Kind.TAKE : Kind.FILTER;
        PyType base = kind == Kind.DROP ? DROPWHILE : kind == Kind.TAKE ? TAKEWHILE : FILTERFALSE;
        args = exactly(base.name, cls, base, args, kwnames, 2);
        return new Predicated(cls, kind, args[0], Abstract.iter(args[1]));
    }

    private boolean test(PyObject x) {
        if (kind == Kind.FILTER && predicate == PyNone.NONE) return Abstract.isTrue(x);
        return Abstract.isTrue(Abstract.call(predicate, x));
    }

    @Override
    public PyObject nextOrNull() {
        while (it != null) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                it = null;
                return null;
            }
            switch (kind) {
                case DROP -> {
                    if (dropped || !test(x)) {
                        dropped = true;
                        return x;
                    }
                }
                case TAKE -> {
                    if (test(x)) return x;
                    it = null;
                    return null;
                }
                case FILTER -> {
                    if (!test(x)) return x;
                }
            }
        }
        return null;
    }
}
