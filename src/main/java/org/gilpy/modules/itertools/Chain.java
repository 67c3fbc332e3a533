package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each
 * iterable in turn; each iterable is only iterated when its turn comes. */
final class Chain extends ItIterator {
    static final PyType TYPE = newType("chain", Chain.class);

    /** Iterator over the iterables; null once exhausted. */
    private PyObject source;
    /** Iterator over the current iterable, or null between iterables. */
    private PyObject active;

    private Chain(PyType type, PyObject source) {
        super(type);
        this.source = source;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = positional("chain", cls, TYPE, args, kwnames);
        return new Chain(cls, PyTuple.of(args.clone()).__iter__());
    }

    @PyMethod(kind = PyMethod.Kind.CLASSMETHOD)
    public static PyObject from_iterable(PyType cls, PyObject iterable) {
        return new Chain(cls, Abstract.iter(iterable));
    }

    @Override
    public PyObject nextOrNull() {
        while (source != null) {
            if (active == null) {
                PyObject iterable = Abstract.next(source);
                if (iterable == null) {
                    source = null;
                    return null;
                }
                active = Abstract.iter(iterable);
            }
            PyObject x = Abstract.next(active);
            if (x != null) return x;
            active = null;
        }
        return null;
    }
}
