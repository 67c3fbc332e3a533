package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code product(*iterables, repeat=1)}: the cartesian product, as an odometer whose
 * rightmost wheel turns fastest. The inputs are read into tuples up front. */
final class Product extends ItIterator {
    static final PyType TYPE = newType("product", Product.class);

    private final PyObject[][] pools;
    private final int[] indices;
    /** Nothing has been yielded yet / everything has. */
    private boolean started, done;

    private Product(PyType type, PyObject[][] pools) {
        super(type);
        this.pools = pools;
        this.indices = new int[pools.length];
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        long repeat = 1;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("repeat")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for product()", kwnames[k]);
            }
            repeat = ItertoolsModule.asLong(args[args.length - nkw + k]);
            if (repeat < 0) throw PyErr.valueError("repeat argument cannot be negative");
        }
        int npos = args.length - nkw;
        if (repeat > 0 && npos > 0 && repeat > Integer.MAX_VALUE / npos) throw PyErr.overflowError("repeat argument too large");
        PyObject[][] base = new PyObject[npos][];
        for (int i = 0; i < npos; i++) base[i] = Abstract.toArray(args[i]);
        PyObject[][] pools = new PyObject[(int) (npos * repeat)][];
        for (int i = 0; i < pools.length; i++) pools[i] = base[i % Math.max(npos, 1)];
        return new Product(cls, pools);
    }

    @Override
    public PyObject nextOrNull() {
        if (done) return null;
        int n = pools.length;
        if (!started) {
            started = true;
            for (PyObject[] p : pools) {
                if (p.length == 0) {
                    done = true;
                    return null;
                }
            }
        } else {
            int i = n - 1;
            while (i >= 0 && indices[i] == pools[i].length - 1) indices[i--] = 0;
            if (i < 0) {
                done = true;
                return null;
            }
            indices[i]++;
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = pools[i][indices[i]];
        return PyTuple.of(out);
    }
}
