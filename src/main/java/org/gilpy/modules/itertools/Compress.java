package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code compress(data, selectors)}: the items of data whose selector is true. */
final class Compress extends ItIterator {
    static final PyType TYPE = newType("compress", Compress.class);

    private PyObject data;
    private PyObject selectors;

    private Compress(PyType type, PyObject data, PyObject selectors) {
        super(type);
        this.data = data;
        this.selectors = selectors;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("compress", args, kwnames, new String[] {"data", "selectors"}, 2);
        PyObject d = Abstract.iter(a[0]);
        return new Compress(cls, d, Abstract.iter(a[1]));
    }

    @Override
    public PyObject nextOrNull() {
        while (data != null) {
            PyObject d = Abstract.next(data);
            PyObject s = d == null ? null : Abstract.next(selectors);
            if (s == null) {
                data = selectors = null;
                return null;
            }
            if (Abstract.isTrue(s)) return d;
        }
        return null;
    }
}
