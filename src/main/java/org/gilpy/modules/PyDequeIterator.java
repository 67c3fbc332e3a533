package org.gilpy.modules;

import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: walk a deque
 * by position and raise RuntimeError "deque mutated during iteration" once the deque's
 * state differs from the one they started with. Invariant: {@code deque} is null once
 * exhausted.
 */
public final class PyDequeIterator extends PyIterator {
    public static final PyType FORWARD = PyType.builtin("_deque_iterator", PyDequeIterator.class, PyType.OBJECT, null);
    public static final PyType REVERSE = PyType.builtin("_deque_reverse_iterator", PyDequeIterator.class, PyType.OBJECT, null);

    static {
        for (PyType t : new PyType[] {FORWARD, REVERSE}) {
            t.baseType = false;
            t.dict().put(PyStr.of("__module__"), PyStr.of("_collections"));
        }
    }

    private PyDeque deque;
    private final long state;
    private final boolean reverse;
    /** Items still to produce. */
    private int remaining;

    PyDequeIterator(PyDeque deque, boolean reverse) {
        super(reverse ? REVERSE : FORWARD);
        this.deque = deque;
        this.state = deque.state;
        this.reverse = reverse;
        this.remaining = deque.size();
    }

    @Override
    public PyObject nextOrNull() {
        PyDeque d = deque;
        if (d == null) return null;
        if (d.state != state) {
            deque = null;
            throw PyDeque.mutated();
        }
        if (remaining == 0) {
            deque = null;
            return null;
        }
        int n = d.size();
        int i = reverse ? remaining - 1 : n - remaining;
        remaining--;
        return d.get(i);
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public int __length_hint__() {
        return deque == null ? 0 : remaining;
    }
}
