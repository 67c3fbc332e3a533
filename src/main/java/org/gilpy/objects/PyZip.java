package org.gilpy.objects;

/** Python's {@code zip(*iterables, strict=False)}: yields tuples until the shortest input
 * ends; with strict=True, inputs of different lengths raise ValueError. Subclassable. */
public class PyZip extends PyIterator {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, PyType.OBJECT, null);

    private PyObject[] iterators;
    private final boolean strict;
    private PyDict dict;

    public PyZip(PyType type, PyObject[] iterables, boolean strict) {
        super(type);
        this.iterators = new PyObject[iterables.length];
        for (int i = 0; i < iterables.length; i++) iterators[i] = Abstract.iter(iterables[i]);
        this.strict = strict;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        boolean strict = false;
        if (kwnames != null && kwnames.length > 0) {
            if (kwnames.length > 1) {
                throw PyErr.typeError("zip() takes at most 1 keyword argument (%d given)", kwnames.length);
            }
            if (!kwnames[0].equals("strict")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for zip()", kwnames[0]);
            }
            strict = Abstract.isTrue(args[npos]);
        }
        PyObject[] iterables = java.util.Arrays.copyOf(args, npos);
        return new PyZip(cls, iterables, strict);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject[] its = iterators;
        if (its == null || its.length == 0) return null;
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = Abstract.next(its[i]);
            if (x == null) {
                iterators = null;
                if (strict) checkStrict(its, i);
                return null;
            }
            items[i] = x;
        }
        return PyTuple.of(items);
    }

    /** Iterator i ran out: it is an error unless every iterator ends together. */
    private static void checkStrict(PyObject[] its, int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s 1%s", i + 1,
                    i == 1 ? "" : "s", i == 1 ? "" : "-" + i);
        }
        for (int j = 1; j < its.length; j++) {
            if (Abstract.next(its[j]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s 1%s", j + 1,
                        j == 1 ? "" : "s", j == 1 ? "" : "-" + j);
            }
        }
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }
}
