package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code pairwise(iterable)}: successive overlapping pairs. */
final class Pairwise extends ItIterator {
    static final PyType TYPE = newType("pairwise", Pairwise.class);

    private PyObject it;
    private PyObject old;

    private Pairwise(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = exactly("pairwise", cls, TYPE, args, kwnames, 1);
        return new Pairwise(cls, Abstract.iter(args[0]));
    }

    @Override
    public PyObject nextOrNull() {
        if (it == null) return null;
        if (old == null) {
            old = Abstract.next(it);
            if (old == null) {
                it = null;
                return null;
            }
        }
        PyObject x = Abstract.next(it);
        if (x == null) {
            it = old = null;
            return null;
        }
        PyObject r = PyTuple.of(old, x);
        old = x;
        return r;
    }
}
