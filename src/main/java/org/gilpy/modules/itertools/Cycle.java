package org.gilpy.modules.itertools;

import java.util.ArrayList;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code cycle(iterable)}: the items, saved on the first pass, repeated forever. */
final class Cycle extends ItIterator {
    static final PyType TYPE = newType("cycle", Cycle.class);

    /** The source until it is exhausted, then null. */
    private PyObject it;
    private final ArrayList<PyObject> saved = new ArrayList<>();
    private int index;

    private Cycle(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = exactly("cycle", cls, TYPE, args, kwnames, 1);
        return new Cycle(cls, Abstract.iter(args[0]));
    }

    @Override
    public PyObject nextOrNull() {
        if (it != null) {
            PyObject x = Abstract.next(it);
            if (x != null) {
                saved.add(x);
                return x;
            }
            it = null;
        }
        if (saved.isEmpty()) return null;
        PyObject x = saved.get(index);
        index = (index + 1) % saved.size();
        return x;
    }
}
