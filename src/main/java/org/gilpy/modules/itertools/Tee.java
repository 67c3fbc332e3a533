package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * {@code itertools._tee}: one of the iterators {@code tee()} returns. All copies share a
 * {@link Source} and a singly linked list of the items read so far; each copy holds its
 * position in the list, so items no copy will read again become garbage.
 */
final class Tee extends ItIterator {
    static final PyType TYPE = newType("_tee", Tee.class);

    /** The shared underlying iterator. */
    private static final class Source {
        final PyObject it;
        boolean running;

        Source(PyObject it) { this.it = it; }
    }

    /** A list cell: empty (value null) until some copy reads the item at this position. */
    private static final class Link {
        PyObject value;
        Link next;
    }

    private final Source source;
    private Link position;

    private Tee(PyType type, Source source, Link position) {
        super(type);
        this.source = source;
        this.position = position;
    }

    /** A _tee over an iterator: a copy of it when it is a _tee already. */
    static Tee fromIterator(PyObject it) {
        if (it instanceof Tee t) return t.__copy__();
        return new Tee(TYPE, new Source(it), new Link());
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = exactly("_tee", cls, TYPE, args, kwnames, 1);
        return fromIterator(Abstract.iter(args[0]));
    }

    @PyMethod
    public Tee __copy__() {
        return new Tee(TYPE, source, position);
    }

    @Override
    public PyObject nextOrNull() {
        Link p = position;
        if (p.value == null) {
            if (source.running) throw PyErr.runtimeError("cannot re-enter the tee iterator");
            source.running = true;
            PyObject x;
            try {
                x = Abstract.next(source.it);
            } finally {
                source.running = false;
            }
            if (x == null) return null;
            p.value = x;
            p.next = new Link();
        }
        position = p.next;
        return p.value;
    }
}
