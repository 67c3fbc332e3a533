package org.gilpy.modules.itertools;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code count(start=0, step=1)}: start, start+step, ... for any numbers that add. */
final class Count extends ItIterator {
    static final PyType TYPE = newType("count", Count.class);

    private PyObject cnt;
    private final PyObject step;

    private Count(PyType type, PyObject start, PyObject step) {
        super(type);
        this.cnt = start;
        this.step = step;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 2) {
            throw PyErr.typeError("count() takes at most 2 keyword arguments (%d given)", kwnames.length);
        }
        PyObject[] a = ArgParser.parse("count", args, kwnames, new String[] {"start", "step"}, 0);
        PyObject start = a[0] == null ? PyInt.of(0) : a[0];
        PyObject step = a[1] == null ? PyInt.of(1) : a[1];
        if (!isNumber(start) || !isNumber(step)) throw PyErr.typeError("a number is required");
        if (isOne(step) && start instanceof PyInt i && i.type != PyInt.TYPE) {
            start = i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);  // count(True) counts from 1
        }
        return new Count(cls, start, step);
    }

    /** PyNumber_Check: an int, float or complex, or anything convertible to one. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o.type.lookup("__index__") != null || o.type.lookup("__int__") != null
                || o.type.lookup("__float__") != null;
    }

    private static boolean isOne(PyObject step) {
        return step instanceof PyInt i && i.big == null && i.value == 1;
    }

    @Override
    public PyObject nextOrNull() {
        PyObject r = cnt;
        if (r.type == PyInt.TYPE && step.type == PyInt.TYPE) cnt = PyInt.add((PyInt) r, (PyInt) step);
        else cnt = Abstract.binaryOp(r, step, BinaryOp.ADD);
        return r;
    }

    @PyMethod
    public String __repr__() {
        String s = type.name + "(" + Abstract.repr(cnt).value;
        if (!isOne(step)) s += ", " + Abstract.repr(step).value;
        return s + ")";
    }
}
