package org.gilpy.modules;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/** The numeric built-in functions: divmod, pow, round, bin, oct and hex. */
public final class BuiltinsNumbers {
    private BuiltinsNumbers() {}

    @PyMethod
    public static PyObject divmod(PyObject a, PyObject b) {
        PyObject r = Abstract.binaryOp1(a, b, "__divmod__", "__rdivmod__");
        if (r != null) return r;
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.type.tpName(), b.type.tpName());
    }

    @PyMethod
    public static PyObject pow(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("pow", args, kwnames, new String[] {"base", "exp", "mod"}, 2);
        if (a[2] == null || a[2] == PyNone.NONE) return Abstract.binaryOp(a[0], a[1], BinaryOp.POW);
        // three-argument pow: the base's __pow__, then a different built-in exponent
        // type's __rpow__ (a Python class's __rpow__ is never called with a modulus)
        PyObject r = Abstract.callSpecial(a[0], "__pow__", a[1], a[2]);
        if ((r == null || r == PyNotImplemented.NOT_IMPLEMENTED) && a[1].type != a[0].type && a[1].type.isBuiltin()) {
            r = Abstract.callSpecial(a[1], "__rpow__", a[0], a[2]);
        }
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        for (PyObject o : a) {  // CPython's float and complex slots object to any modulus
            if (o instanceof PyComplex) throw PyErr.valueError("complex modulo");
        }
        for (PyObject o : a) {
            if (o instanceof PyFloat) {
                throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                a[0].type.tpName(), a[1].type.tpName(), a[2].type.tpName());
    }

    @PyMethod
    public static PyObject round(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("round", args, kwnames, new String[] {"number", "ndigits"}, 1);
        PyObject f = a[0].type.lookup("__round__");
        if (f == null) throw PyErr.typeError("type %s doesn't define __round__ method", a[0].type.tpName());
        PyObject[] callArgs = a[1] == null || a[1] == PyNone.NONE ? new PyObject[0] : new PyObject[] {a[1]};
        return Abstract.callUnbound(f, a[0], callArgs, null);
    }

    @PyMethod
    public static PyObject bin(PyObject x) { return PyStr.of(PyInt.toRadixString(Abstract.index(x), 2)); }

    @PyMethod
    public static PyObject oct(PyObject x) { return PyStr.of(PyInt.toRadixString(Abstract.index(x), 8)); }

    @PyMethod
    public static PyObject hex(PyObject x) { return PyStr.of(PyInt.toRadixString(Abstract.index(x), 16)); }
}
