package org.gilpy.modules.itertools;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code accumulate(iterable[, func, *, initial=None])}: running totals (or running
 * results of func), starting with initial when it is given. */
final class Accumulate extends ItIterator {
    static final PyType TYPE = newType("accumulate", Accumulate.class);

    private PyObject it;
    private final PyObject func;
    private PyObject total;
    /** The initial value still to be yielded, else null. */
    private PyObject initial;

    private Accumulate(PyType type, PyObject it, PyObject func, PyObject initial) {
        super(type);
        this.it = it;
        this.func = func;
        this.initial = initial;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("accumulate", args, kwnames, new String[] {"iterable", "func", "initial"}, 1, 2);
        PyObject func = a[1] == PyNone.NONE ? null : a[1];
        PyObject initial = a[2] == PyNone.NONE ? null : a[2];
        return new Accumulate(cls, Abstract.iter(a[0]), func, initial);
    }

    @Override
    public PyObject nextOrNull() {
        if (initial != null) {
            total = initial;
            initial = null;
            return total;
        }
        if (it == null) return null;
        PyObject x = Abstract.next(it);
        if (x == null) {
            it = null;
            return null;
        }
        if (total == null) total = x;
        else total = func == null ? Abstract.binaryOp(total, x, BinaryOp.ADD) : Abstract.call(func, total, x);
        return total;
    }
}
