package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * {@code islice(iterable, stop)} / {@code islice(iterable, start, stop[, step])}: the
 * selected items, consuming the source only as far as needed. Invariant: {@link #next}
 * is the position of the next item to yield, never beyond {@link #stop} (-1: no stop).
 */
final class ISlice extends ItIterator {
    static final PyType TYPE = newType("islice", ISlice.class);

    private static final String INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private PyObject it;
    private long next;
    private final long stop;
    private final long step;
    /** How many items have been read from the source. */
    private long cnt;

    private ISlice(PyType type, PyObject it, long start, long stop, long step) {
        super(type);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    /** PyNumber_AsSsize_t with the error cleared: -1 for anything that is not a small enough integer. */
    private static long ssize(PyObject o) {
        try {
            PyInt i = Abstract.index(o);
            return i.big != null ? -1 : i.value;
        } catch (PyException e) {
            return -1;
        }
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        args = positional("islice", cls, TYPE, args, kwnames);
        if (args.length < 2) throw PyErr.typeError("islice expected at least 2 arguments, got %d", args.length);
        if (args.length > 4) throw PyErr.typeError("islice expected at most 4 arguments, got %d", args.length);
        long start = 0, stop = -1, step = 1;
        if (args.length == 2) {
            if (args[1] != PyNone.NONE) {
                stop = ssize(args[1]);
                if (stop == -1) throw PyErr.valueError(STOP);
            }
        } else {
            if (args[1] != PyNone.NONE) start = ssize(args[1]);
            if (args[2] != PyNone.NONE) {
                stop = ssize(args[2]);
                if (stop == -1) throw PyErr.valueError(STOP);
            }
        }
        if (start < 0 || stop < -1) throw PyErr.valueError(INDICES);
        if (args.length == 4 && args[3] != PyNone.NONE) {
            step = ssize(args[3]);
            if (step <= 0) throw PyErr.valueError("Step for islice() must be a positive integer or None.");
        }
        return new ISlice(cls, Abstract.iter(args[0]), start, stop, step);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject source = it;
        if (source == null) return null;
        while (cnt < next) {
            if (Abstract.next(source) == null) {
                it = null;
                return null;
            }
            cnt++;
        }
        if (stop != -1 && cnt >= stop) {
            it = null;
            return null;
        }
        PyObject x = Abstract.next(source);
        if (x == null) {
            it = null;
            return null;
        }
        cnt++;
        long old = next;
        next += step;
        if (next < old || (stop != -1 && next > stop)) next = stop;
        return x;
    }
}
