package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code combinations(iterable, r)}: r-length subsequences in lexicographic order of
 * positions. {@link #indices} holds the current positions, strictly increasing.
 */
final class Combinations extends ItIterator {
    static final PyType TYPE = newType("combinations", Combinations.class);

    private final PyObject[] pool;
    private final int[] indices;
    private boolean started, done;

    private Combinations(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.indices = new int[r];
        for (int i = 0; i < r; i++) indices[i] = i;
        done = r > pool.length;
    }

    /** The r argument of combinations() and combinations_with_replacement(). */
    static int rArgument(PyObject o) {
        int r = Abstract.asSize(o);
        if (r < 0) throw PyErr.valueError("r must be non-negative");
        return r;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("combinations", args, kwnames, new String[] {"iterable", "r"}, 2);
        PyObject[] pool = Abstract.toArray(a[0]);
        return new Combinations(cls, pool, rArgument(a[1]));
    }

    @Override
    public PyObject nextOrNull() {
        if (done) return null;
        int n = pool.length, r = indices.length;
        if (started) {
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) i--;
            if (i < 0) {
                done = true;
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        }
        started = true;
        PyObject[] out = new PyObject[r];
        for (int k = 0; k < r; k++) out[k] = pool[indices[k]];
        return PyTuple.of(out);
    }
}
