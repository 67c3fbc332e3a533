package org.gilpy.modules;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * The built-in functions that consume an iterable: {@code sorted}, {@code sum},
 * {@code min}, {@code max}, {@code any} and {@code all}, with CPython's argument rules
 * and messages.
 */
public final class BuiltinsIteration {
    private BuiltinsIteration() {}

    @PyMethod
    public static PyObject sorted(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos != 1) throw PyErr.typeError("sorted expected 1 argument, got %d", npos);
        PyList list = PyList.fromIterable(args[0]);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        list.sort(rest, kwnames);
        return list;
    }

    @PyMethod
    public static PyObject sum(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos == 0) throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)");
        PyObject start = npos > 1 ? args[1] : null;
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            if (!kwnames[k].equals("start")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for sum()", kwnames[k]);
            }
            start = args[npos + k];
        }
        if (args.length > 2) throw PyErr.typeError("sum() takes at most 2 arguments (%d given)", args.length);
        PyObject acc = start == null ? PyInt.ZERO : start;
        if (acc instanceof PyStr) throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc instanceof PyBytes) throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc instanceof PyByteArray) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(args[0]);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            acc = add(acc, v);
        }
        return acc;
    }

    /** One step of sum(): exact-type int and float additions skip the generic dispatch. */
    private static PyObject add(PyObject acc, PyObject v) {
        if (acc.type == PyInt.TYPE && v.type == PyInt.TYPE) return PyInt.add((PyInt) acc, (PyInt) v);
        if (acc.type == PyFloat.TYPE && v.type == PyFloat.TYPE) {
            return PyFloat.of(((PyFloat) acc).value + ((PyFloat) v).value);
        }
        return Abstract.binaryOp(acc, v, BinaryOp.ADD);
    }

    @PyMethod
    public static PyObject min(PyObject[] args, String[] kwnames) {
        return extreme("min", CompareOp.LT, args, kwnames);
    }

    @PyMethod
    public static PyObject max(PyObject[] args, String[] kwnames) {
        return extreme("max", CompareOp.GT, args, kwnames);
    }

    /** min() and max(): the first item that no later item beats by {@code op}. */
    private static PyObject extreme(String name, CompareOp op, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyObject key = null, dflt = null;
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            switch (kwnames[k]) {
                case "key" -> key = args[npos + k];
                case "default" -> dflt = args[npos + k];
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], name);
            }
        }
        if (npos == 0) throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        if (dflt != null && npos > 1) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        if (key == PyNone.NONE) key = null;
        PyObject it = npos == 1 ? Abstract.iter(args[0]) : Abstract.iter(PyList.of(args, 0, npos));
        PyObject best = null, bestKey = null;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            PyObject k = key == null ? v : Abstract.call(key, v);
            if (best == null || Abstract.isTrue(Abstract.compare(k, bestKey, op))) {
                best = v;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw PyErr.valueError("%s() arg is an empty sequence", name);
    }

    @PyMethod
    public static boolean any(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Abstract.isTrue(v)) return true;
        }
        return false;
    }

    @PyMethod
    public static boolean all(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (!Abstract.isTrue(v)) return false;
        }
        return true;
    }
}
