package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code combinations_with_replacement(iterable, r)}: r-length sequences of pool items
 * that may repeat, in lexicographic order. {@link #indices} is non-decreasing.
 */
final class CombinationsWithReplacement extends ItIterator {
    static final PyType TYPE = newType("combinations_with_replacement", CombinationsWithReplacement.class);

    private final PyObject[] pool;
    private final int[] indices;
    private boolean started, done;

    private CombinationsWithReplacement(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.indices = new int[r];
        done = pool.length == 0 && r > 0;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("combinations_with_replacement", args, kwnames, new String[] {"iterable", "r"}, 2);
        PyObject[] pool = Abstract.toArray(a[0]);
        return new CombinationsWithReplacement(cls, pool, Combinations.rArgument(a[1]));
    }

    @Override
    public PyObject nextOrNull() {
        if (done) return null;
        int n = pool.length, r = indices.length;
        if (started) {
            int i = r - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) {
                done = true;
                return null;
            }
            int v = indices[i] + 1;
            for (int j = i; j < r; j++) indices[j] = v;
        }
        started = true;
        PyObject[] out = new PyObject[r];
        for (int k = 0; k < r; k++) out[k] = pool[indices[k]];
        return PyTuple.of(out);
    }
}
