package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code starmap(function, iterable)}: function(*item) for each item. */
final class StarMap extends ItIterator {
    static final PyType TYPE = newType("starmap", StarMap.class);

    private final PyObject func;
    private PyObject it;

    private StarMap(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = exactly("starmap", cls, TYPE, args, kwnames, 2);
        return new StarMap(cls, args[0], Abstract.iter(args[1]));
    }

    @Override
    public PyObject nextOrNull() {
        if (it == null) return null;
        PyObject x = Abstract.next(it);
        if (x == null) {
            it = null;
            return null;
        }
        return Abstract.call(func, Abstract.toArray(x), null);
    }
}
