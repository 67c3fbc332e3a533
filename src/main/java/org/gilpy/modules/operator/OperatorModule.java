package org.gilpy.modules.operator;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.TypeBuilder;

/**
 * CPython 3.11's {@code _operator}: each function is the operator it names, through the
 * same {@link Abstract} call the eval loop makes, so dispatch order, reflection and error
 * messages are those of the operator. {@code lib/operator.py} re-exports these and adds
 * the {@code __dunder__} aliases.
 */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_operator");
        TypeBuilder.moduleFunctions(OperatorModule.class, m).forEach(m::put);
        m.put("attrgetter", AttrGetter.TYPE);
        m.put("itemgetter", ItemGetter.TYPE);
        m.put("methodcaller", MethodCaller.TYPE);
        return m;
    }

    // ---- comparisons and truth ----------------------------------------------------------

    @PyMethod(doc = "Same as a < b.")
    public static PyObject lt(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.LT); }
    @PyMethod(doc = "Same as a <= b.")
    public static PyObject le(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.LE); }
    @PyMethod(doc = "Same as a == b.")
    public static PyObject eq(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.EQ); }
    @PyMethod(doc = "Same as a != b.")
    public static PyObject ne(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.NE); }
    @PyMethod(doc = "Same as a >= b.")
    public static PyObject ge(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.GE); }
    @PyMethod(doc = "Same as a > b.")
    public static PyObject gt(PyObject a, PyObject b) { return Abstract.compare(a, b, CompareOp.GT); }

    @PyMethod(doc = "Same as not a.") public static boolean not_(PyObject a) { return !Abstract.isTrue(a); }
    @PyMethod(doc = "Return True if a is true, False otherwise.")
    public static boolean truth(PyObject a) { return Abstract.isTrue(a); }
    @PyMethod(doc = "Same as a is b.") public static boolean is_(PyObject a, PyObject b) { return a == b; }
    @PyMethod(doc = "Same as a is not b.") public static boolean is_not(PyObject a, PyObject b) { return a != b; }

    // ---- arithmetic ----------------------------------------------------------------------

    @PyMethod(value = "abs", doc = "Same as abs(a).")
    public static PyObject abs_(PyObject a) { return Abstract.unary(a, "__abs__", "abs()"); }
    @PyMethod(doc = "Same as a.__index__()") public static PyObject index(PyObject a) { return Abstract.index(a); }
    @PyMethod(doc = "Same as ~a.") public static PyObject inv(PyObject a) { return Abstract.invert(a); }
    @PyMethod(doc = "Same as ~a.") public static PyObject invert(PyObject a) { return Abstract.invert(a); }
    @PyMethod(doc = "Same as -a.") public static PyObject neg(PyObject a) { return Abstract.negative(a); }
    @PyMethod(doc = "Same as +a.") public static PyObject pos(PyObject a) { return Abstract.positive(a); }

    @PyMethod(doc = "Same as a + b.")
    public static PyObject add(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.ADD); }
    @PyMethod(doc = "Same as a & b.")
    public static PyObject and_(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.AND); }
    @PyMethod(doc = "Same as a // b.")
    public static PyObject floordiv(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.FLOORDIV); }
    @PyMethod(doc = "Same as a << b.")
    public static PyObject lshift(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.LSHIFT); }
    @PyMethod(doc = "Same as a % b.")
    public static PyObject mod(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.MOD); }
    @PyMethod(doc = "Same as a * b.")
    public static PyObject mul(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.MUL); }
    @PyMethod(doc = "Same as a @ b.")
    public static PyObject matmul(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.MATMUL); }
    @PyMethod(doc = "Same as a | b.")
    public static PyObject or_(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.OR); }
    @PyMethod(doc = "Same as a ** b.")
    public static PyObject pow(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.POW); }
    @PyMethod(doc = "Same as a >> b.")
    public static PyObject rshift(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.RSHIFT); }
    @PyMethod(doc = "Same as a - b.")
    public static PyObject sub(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.SUB); }
    @PyMethod(doc = "Same as a / b.")
    public static PyObject truediv(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.TRUEDIV); }
    @PyMethod(doc = "Same as a ^ b.")
    public static PyObject xor(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.XOR); }

    @PyMethod(doc = "Same as a += b.")
    public static PyObject iadd(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_ADD); }
    @PyMethod(doc = "Same as a &= b.")
    public static PyObject iand(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_AND); }
    @PyMethod(doc = "Same as a //= b.")
    public static PyObject ifloordiv(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_FLOORDIV); }
    @PyMethod(doc = "Same as a <<= b.")
    public static PyObject ilshift(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_LSHIFT); }
    @PyMethod(doc = "Same as a %= b.")
    public static PyObject imod(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_MOD); }
    @PyMethod(doc = "Same as a *= b.")
    public static PyObject imul(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_MUL); }
    @PyMethod(doc = "Same as a @= b.")
    public static PyObject imatmul(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_MATMUL); }
    @PyMethod(doc = "Same as a |= b.")
    public static PyObject ior(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_OR); }
    @PyMethod(doc = "Same as a **= b.")
    public static PyObject ipow(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_POW); }
    @PyMethod(doc = "Same as a >>= b.")
    public static PyObject irshift(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_RSHIFT); }
    @PyMethod(doc = "Same as a -= b.")
    public static PyObject isub(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_SUB); }
    @PyMethod(doc = "Same as a /= b.")
    public static PyObject itruediv(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_TRUEDIV); }
    @PyMethod(doc = "Same as a ^= b.")
    public static PyObject ixor(PyObject a, PyObject b) { return Abstract.binaryOp(a, b, BinaryOp.INPLACE_XOR); }

    // ---- sequences -----------------------------------------------------------------------

    /** Sequences in the sense of PySequence_Check: a {@code __getitem__} that is not a dict's. */
    private static boolean isSequence(PyObject o) {
        return o.type.lookup("__getitem__") != null && !o.type.isSubtypeOf(PyDict.TYPE);
    }

    @PyMethod(doc = "Same as a + b, for a and b sequences.")
    public static PyObject concat(PyObject a, PyObject b) {
        if (!isSequence(a)) throw PyErr.typeError("'%s' object can't be concatenated", a.type.tpName());
        return Abstract.binaryOp(a, b, BinaryOp.ADD);
    }

    @PyMethod(doc = "Same as a += b, for a and b sequences.")
    public static PyObject iconcat(PyObject a, PyObject b) {
        if (!isSequence(a)) throw PyErr.typeError("'%s' object can't be concatenated", a.type.tpName());
        return Abstract.binaryOp(a, b, BinaryOp.INPLACE_ADD);
    }

    @PyMethod(doc = "Same as b in a (note reversed operands).")
    public static boolean contains(PyObject a, PyObject b) { return Abstract.contains(a, b); }

    /** The iterator of a for countOf/indexOf, with their message for a non-iterable. */
    private static PyObject searchIter(PyObject a) {
        try {
            return Abstract.iter(a);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw PyErr.typeError("argument of type '%s' is not iterable", a.type.tpName());
            throw e;
        }
    }

    @PyMethod(doc = "Return the number of items in a which are, or which equal, b.")
    public static long countOf(PyObject a, PyObject b) {
        PyObject it = searchIter(a);
        long n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (x == b || Abstract.richEqual(x, b)) n++;
        }
        return n;
    }

    @PyMethod(doc = "Return the first index of b in a.")
    public static long indexOf(PyObject a, PyObject b) {
        PyObject it = searchIter(a);
        long i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (x == b || Abstract.richEqual(x, b)) return i;
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @PyMethod(doc = "Same as a[b].")
    public static PyObject getitem(PyObject a, PyObject b) { return Abstract.getItem(a, b); }
    @PyMethod(doc = "Same as a[b] = c.")
    public static void setitem(PyObject a, PyObject b, PyObject c) { Abstract.setItem(a, b, c); }
    @PyMethod(doc = "Same as del a[b].") public static void delitem(PyObject a, PyObject b) { Abstract.delItem(a, b); }

    /**
     * length_hint(obj, default=0, /): len(obj) when obj has a length (a TypeError from it
     * falls through), else {@code __length_hint__}, else default.
     */
    @PyMethod(optional = 1, doc = "Return an estimate of the number of items in obj.\n\n"
            + "This is useful for presizing containers when building from an iterable.\n\n"
            + "If the object supports len(), the result will be exact.\n"
            + "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
            + "The result will be an integer >= 0.")
    public static long length_hint(PyObject obj, PyObject dflt) {
        long d = 0;
        if (dflt != null) {
            if (!(dflt instanceof PyInt)) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", dflt.type.tpName());
            }
            d = PyInt.asLong(dflt);
        }
        return lengthHint(obj, d);
    }

    /** PyObject_LengthHint. */
    public static long lengthHint(PyObject obj, long dflt) {
        if (obj.type.lookup("__len__") != null) {
            try {
                return Abstract.len(obj);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
            }
        }
        PyObject f = obj.type.lookup("__length_hint__");
        if (f == null) return dflt;
        PyObject r;
        try {
            r = Abstract.callUnbound(f, obj, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) return dflt;
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) return dflt;
        if (!(r instanceof PyInt)) throw PyErr.typeError("__length_hint__ must be an integer, not %s", r.type.tpName());
        long n = PyInt.asLong(r);
        if (n < 0) throw PyErr.valueError("__length_hint__() should return >= 0");
        return n;
    }

    /** call(obj, /, *args, **kwargs): obj(*args, **kwargs). */
    @PyMethod(doc = "Same as obj(*args, **kwargs).")
    public static PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) throw PyErr.typeError("call expected at least 1 argument, got 0");
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return Abstract.call(args[0], rest, kwnames);
    }

    /** Used by the getter types' reprs. */
    static String reprList(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.repr(items[i]).value);
        }
        return sb.toString();
    }
}
