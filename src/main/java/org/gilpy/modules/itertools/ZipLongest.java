package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code zip_longest(*iterables, fillvalue=None)}: tuples until the longest input ends,
 * the shorter ones padded with fillvalue. */
final class ZipLongest extends ItIterator {
    static final PyType TYPE = newType("zip_longest", ZipLongest.class);

    /** One iterator per input; an exhausted one is null. */
    private final PyObject[] its;
    private int active;
    private final PyObject fill;

    private ZipLongest(PyType type, PyObject[] its, PyObject fill) {
        super(type);
        this.its = its;
        this.active = its.length;
        this.fill = fill;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject fill = PyNone.NONE;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("fillvalue") || nkw > 1) {
                throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = args[args.length - nkw + k];
        }
        PyObject[] its = new PyObject[args.length - nkw];
        for (int i = 0; i < its.length; i++) its[i] = Abstract.iter(args[i]);
        return new ZipLongest(cls, its, fill);
    }

    @Override
    public PyObject nextOrNull() {
        if (active == 0) return null;
        PyObject[] out = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = its[i] == null ? null : Abstract.next(its[i]);
            if (x == null) {
                if (its[i] != null) {
                    its[i] = null;
                    if (--active == 0) return null;
                }
                x = fill;
            }
            out[i] = x;
        }
        return PyTuple.of(out);
    }
}
