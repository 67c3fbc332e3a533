package org.gilpy.modules;

import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _bisect}: binary search and insertion in a sorted sequence, which
 * {@code lib/bisect.py} re-exports (with {@code bisect} and {@code insort} as aliases).
 * Arguments are parsed as CPython's Argument Clinic does: {@code (a, x, lo=0, hi=None, *, key=None)},
 * where hi None or -1 means {@code len(a)}. The sequence is indexed with {@code a[i]},
 * so any sequence works; comparisons use {@code <} only.
 */
public final class BisectModule {
    private BisectModule() {}

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    public static PyModule create() {
        PyModule m = new PyModule("_bisect");
        m.put("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list "
                + "in sorted order without\nhaving to sort the list after each insertion. For long lists of items "
                + "with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        TypeBuilder.moduleFunctions(BisectModule.class, m).forEach(m::put);
        return m;
    }

    /** A Py_ssize_t argument: OverflowError when it does not fit. */
    private static long ssize(PyObject v) {
        PyInt i = Abstract.index(v);
        if (i.big != null) throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        return i.value;
    }

    /** The search over a[lo:hi] for {@code x} (already passed through key), left or right. */
    private static long search(String name, PyObject[] args, String[] kwnames, boolean right, boolean insert) {
        PyObject[] p = ArgParser.parse(name, args, kwnames, NAMES, 2, 4);
        PyObject a = p[0], x = p[1];
        PyObject key = p[4] == null ? PyNone.NONE : p[4];
        long lo = p[2] == null ? 0 : ssize(p[2]);
        if (lo < 0) throw PyErr.valueError("lo must be non-negative");
        long hi = p[3] == null || p[3] == PyNone.NONE ? -1 : ssize(p[3]);
        if (hi == -1) hi = Abstract.len(a);
        PyObject target = insert && key != PyNone.NONE ? Abstract.call(key, x) : x;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Abstract.getItem(a, PyInt.of(mid));
            if (key != PyNone.NONE) item = Abstract.call(key, item);
            if (right) {
                if (Abstract.isTrue(Abstract.compare(target, item, CompareOp.LT))) hi = mid;
                else lo = mid + 1;
            } else {
                if (Abstract.isTrue(Abstract.compare(item, target, CompareOp.LT))) lo = mid + 1;
                else hi = mid;
            }
        }
        if (insert) {
            if (a instanceof PyList l && l.type == PyList.TYPE) l.insert(PyInt.of(lo), x);
            else Abstract.callMethod(a, "insert", PyInt.of(lo), x);
        }
        return lo;
    }

    @PyMethod(doc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
            + "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
            + "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
            + "insert just after the rightmost x already there.\n\n"
            + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
            + "slice of a to be searched.")
    public static long bisect_right(PyObject[] args, String[] kwnames) {
        return search("bisect_right", args, kwnames, true, false);
    }

    @PyMethod(doc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
            + "The return value i is such that all e in a[:i] have e < x, and all e in\n"
            + "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
            + "insert just before the leftmost x already there.\n\n"
            + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
            + "slice of a to be searched.")
    public static long bisect_left(PyObject[] args, String[] kwnames) {
        return search("bisect_left", args, kwnames, false, false);
    }

    @PyMethod(doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
            + "If x is already in a, insert it to the right of the rightmost x.\n\n"
            + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
            + "slice of a to be searched.")
    public static void insort_right(PyObject[] args, String[] kwnames) {
        search("insort_right", args, kwnames, true, true);
    }

    @PyMethod(doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
            + "If x is already in a, insert it to the left of the leftmost x.\n\n"
            + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
            + "slice of a to be searched.")
    public static void insort_left(PyObject[] args, String[] kwnames) {
        search("insort_left", args, kwnames, false, true);
    }
}
