package org.gilpy.vm;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Fast paths of the eval loop for exact built-in operands (small ints, floats, str +), falling
 * back to {@link Abstract} for everything else. Results must equal what the generic
 * path would give.
 */
final class Fast {
    private Fast() {}

    // BINARY_OP operands (BinaryOp ordinals; in-place forms add PLAIN) and COMPARE_OP ones
    private static final int ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 4, FLOORDIV = 5, MOD = 6, AND = 10, OR = 11,
            XOR = 12, PLAIN = 13;
    private static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    static {
        if (BinaryOp.ADD.ordinal() != ADD || BinaryOp.TRUEDIV.ordinal() != TRUEDIV || BinaryOp.XOR.ordinal() != XOR
                || BinaryOp.INPLACE_ADD.ordinal() != PLAIN || CompareOp.GE.ordinal() != GE) {
            throw new IllegalStateException("Fast's operator numbers no longer match BinaryOp/CompareOp");
        }
    }

    /**
     * BINARY_OP with operand arg. Kept small so that HotSpot inlines it into the eval
     * loop; the arithmetic is in {@link #floatOp} and {@link #intOp}.
     */
    static PyObject binaryOp(PyObject a, PyObject b, int arg) {
        PyType t = a.type;
        if (t == b.type) {
            PyObject r = null;
            if (t == PyFloat.TYPE) {
                r = floatOp(((PyFloat) a).value, ((PyFloat) b).value, arg < PLAIN ? arg : arg - PLAIN);
            } else if (t == PyInt.TYPE) {
                PyInt x = (PyInt) a, y = (PyInt) b;
                if (x.big == null && y.big == null) r = intOp(x.value, y.value, arg < PLAIN ? arg : arg - PLAIN);
            } else if (t == PyStr.TYPE && (arg == ADD || arg == ADD + PLAIN)) {
                return PyStr.concat((PyStr) a, (PyStr) b);
            }
            if (r != null) return r;
        }
        return Abstract.binaryOp(a, b, BinaryOp.of(arg));
    }

    /** Float arithmetic, or null where the generic path decides (division by zero, the rest). */
    private static PyObject floatOp(double x, double y, int op) {
        switch (op) {
            case ADD: return PyFloat.of(x + y);
            case SUB: return PyFloat.of(x - y);
            case MUL: return PyFloat.of(x * y);
            case TRUEDIV: return y != 0.0 ? PyFloat.of(x / y) : null;
            default: return null;
        }
    }

    /** Small-int arithmetic, or null on overflow, division by zero and the other operators. */
    private static PyObject intOp(long x, long y, int op) {
        long r;
        switch (op) {
            case ADD:
                r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
            case SUB:
                r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
            case MUL:
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? PyInt.of(r) : null;
            case FLOORDIV:
                return y != 0 && !(x == Long.MIN_VALUE && y == -1) ? PyInt.of(Math.floorDiv(x, y)) : null;
            case MOD:
                return y != 0 ? PyInt.of(Math.floorMod(x, y)) : null;
            case AND: return PyInt.of(x & y);
            case OR: return PyInt.of(x | y);
            case XOR: return PyInt.of(x ^ y);
            default: return null;
        }
    }

    /** COMPARE_OP, small for the same reason as {@link #binaryOp}. */
    static PyObject compare(PyObject a, PyObject b, int arg) {
        PyType t = a.type;
        if (t == b.type) {
            if (t == PyInt.TYPE) {
                PyInt x = (PyInt) a, y = (PyInt) b;
                if (x.big == null && y.big == null) return PyBool.of(compareLongs(x.value, y.value, arg));
            } else if (t == PyFloat.TYPE) {
                return PyBool.of(compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, arg));
            }
        }
        return Abstract.compare(a, b, CompareOp.of(arg));
    }

    private static boolean compareLongs(long p, long q, int op) {
        switch (op) {
            case LT: return p < q;
            case LE: return p <= q;
            case EQ: return p == q;
            case NE: return p != q;
            case GT: return p > q;
            default: return p >= q;
        }
    }

    private static boolean compareDoubles(double p, double q, int op) {
        switch (op) {
            case LT: return p < q;
            case LE: return p <= q;
            case EQ: return p == q;
            case NE: return p != q;
            case GT: return p > q;
            default: return p >= q;
        }
    }

    static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        if (o.type == PyInt.TYPE) return ((PyInt) o).big != null || ((PyInt) o).value != 0;
        return Abstract.isTrue(o);
    }
}
