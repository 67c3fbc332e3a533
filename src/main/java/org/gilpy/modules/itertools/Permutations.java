package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code permutations(iterable, r=None)}: r-length orderings of the pool, in
 * lexicographic order of positions. {@link #indices} is a permutation of the positions
 * whose first r entries are the current result; {@link #cycles}[i] counts down the
 * choices left for position i.
 */
final class Permutations extends ItIterator {
    static final PyType TYPE = newType("permutations", Permutations.class);

    private final PyObject[] pool;
    private final int r;
    private final int[] indices;
    private final int[] cycles;
    private boolean started, done;

    private Permutations(PyType type, PyObject[] pool, int r) {
        super(type);
        this.pool = pool;
        this.r = r;
        int n = pool.length;
        indices = new int[n];
        for (int i = 0; i < n; i++) indices[i] = i;
        cycles = new int[Math.min(r, n)];
        for (int i = 0; i < cycles.length; i++) cycles[i] = n - i;
        done = r > n;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("permutations", args, kwnames, new String[] {"iterable", "r"}, 1);
        PyObject[] pool = Abstract.toArray(a[0]);
        int r = pool.length;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyInt)) throw PyErr.typeError("Expected int as r");
            r = Abstract.asSize(a[1]);
            if (r < 0) throw PyErr.valueError("r must be non-negative");
        }
        return new Permutations(cls, pool, r);
    }

    @Override
    public PyObject nextOrNull() {
        if (done) return null;
        int n = pool.length;
        if (started) {
            int i = r - 1;
            for (; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    int first = indices[i];  // rotate indices[i:] left by one
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int t = indices[i];
                    indices[i] = indices[j];
                    indices[j] = t;
                    break;
                }
            }
            if (i < 0) {
                done = true;
                return null;
            }
        }
        started = true;
        PyObject[] out = new PyObject[r];
        for (int k = 0; k < r; k++) out[k] = pool[indices[k]];
        return PyTuple.of(out);
    }
}
