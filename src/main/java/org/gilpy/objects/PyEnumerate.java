package org.gilpy.objects;

import java.math.BigInteger;

/** Python's {@code enumerate(iterable, start=0)}: yields (count, item); the count is a long
 * until it overflows, then a big int. Subclassable (instances of subclasses get a dict). */
public class PyEnumerate extends PyIterator {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyType.OBJECT, null);

    private PyObject iterator;
    private long count;
    /** The count once it no longer fits a long, else null. */
    private BigInteger bigCount;
    private PyDict dict;

    public PyEnumerate(PyType type, PyObject iterable, PyObject start) {
        super(type);
        this.iterator = Abstract.iter(iterable);
        if (start != null) {
            PyInt s = Abstract.index(start);
            if (s.big == null) count = s.value;
            else bigCount = s.big;
        }
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 2) throw PyErr.typeError("enumerate() takes at most 2 arguments (%d given)", npos);
        PyObject iterable = npos > 0 ? args[0] : null, start = npos > 1 ? args[1] : null;
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            switch (kwnames[k]) {
                case "iterable" -> {
                    if (iterable != null) throw PyErr.typeError("argument for enumerate() given by name ('iterable') and position (1)");
                    iterable = args[npos + k];
                }
                case "start" -> {
                    if (start != null) throw PyErr.typeError("argument for enumerate() given by name ('start') and position (2)");
                    start = args[npos + k];
                }
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", kwnames[k]);
            }
        }
        if (iterable == null) throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        return new PyEnumerate(cls, iterable, start);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject it = iterator;
        if (it == null) return null;
        PyObject item = Abstract.next(it);
        if (item == null) {
            iterator = null;
            return null;
        }
        PyObject index;
        if (bigCount == null) {
            index = PyInt.of(count);
            if (count == Long.MAX_VALUE) bigCount = BigInteger.valueOf(count).add(BigInteger.ONE);
            else count++;
        } else {
            index = PyInt.of(bigCount);
            bigCount = bigCount.add(BigInteger.ONE);
        }
        return PyTuple.of(index, item);
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }
}
