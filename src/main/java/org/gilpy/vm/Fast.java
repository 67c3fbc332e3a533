package org.gilpy.vm;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/**
 * Fast paths of the eval loop for exact built-in operands (small ints, floats), falling
 * back to {@link Abstract} for everything else. Results must equal what the generic
 * path would give.
 */
final class Fast {
    private Fast() {}

    static PyObject binaryOp(PyObject a, PyObject b, BinaryOp op) {
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long r;
                switch (op.plain) {
                    case ADD -> {
                        r = x.value + y.value;
                        if (((x.value ^ r) & (y.value ^ r)) < 0) break;
                        return PyInt.of(r);
                    }
                    case SUB -> {
                        r = x.value - y.value;
                        if (((x.value ^ y.value) & (x.value ^ r)) < 0) break;
                        return PyInt.of(r);
                    }
                    case MUL -> {
                        long hi = Math.multiplyHigh(x.value, y.value);
                        r = x.value * y.value;
                        if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return PyInt.of(r);
                    }
                    case FLOORDIV -> {
                        if (y.value != 0 && !(x.value == Long.MIN_VALUE && y.value == -1)) {
                            return PyInt.of(Math.floorDiv(x.value, y.value));
                        }
                    }
                    case MOD -> {
                        if (y.value != 0) return PyInt.of(Math.floorMod(x.value, y.value));
                    }
                    case AND -> { return PyInt.of(x.value & y.value); }
                    case OR -> { return PyInt.of(x.value | y.value); }
                    case XOR -> { return PyInt.of(x.value ^ y.value); }
                    default -> { }
                }
            }
        } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            switch (op.plain) {
                case ADD -> { return PyFloat.of(x + y); }
                case SUB -> { return PyFloat.of(x - y); }
                case MUL -> { return PyFloat.of(x * y); }
                case TRUEDIV -> { if (y != 0.0) return PyFloat.of(x / y); }
                default -> { }
            }
        }
        return Abstract.binaryOp(a, b, op);
    }

    static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.value, q = y.value;
                return PyBool.of(switch (op) {
                    case LT -> p < q;
                    case LE -> p <= q;
                    case EQ -> p == q;
                    case NE -> p != q;
                    case GT -> p > q;
                    case GE -> p >= q;
                });
            }
        } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
            double p = ((PyFloat) a).value, q = ((PyFloat) b).value;
            return PyBool.of(switch (op) {
                case LT -> p < q;
                case LE -> p <= q;
                case EQ -> p == q;
                case NE -> p != q;
                case GT -> p > q;
                case GE -> p >= q;
            });
        }
        return Abstract.compare(a, b, op);
    }

    static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        if (o.type == PyInt.TYPE) return ((PyInt) o).big != null || ((PyInt) o).value != 0;
        return Abstract.isTrue(o);
    }
}
