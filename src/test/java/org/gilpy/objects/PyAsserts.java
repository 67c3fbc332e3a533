package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/** Helpers for the object-model tests: build Python values from Java literals, call
 * methods the way Python code would (through {@link Abstract}), and check reprs and
 * raised exceptions against CPython 3.11's output. */
final class PyAsserts {
    private PyAsserts() {}

    /** Java literal → Python value: Integer/Long → int, String → str, Boolean → bool,
     * Double → float, null → None, PyObject unchanged. */
    static PyObject py(Object o) {
        if (o == null) return PyNone.NONE;
        if (o instanceof PyObject p) return p;
        if (o instanceof Boolean b) return PyBool.of(b);
        if (o instanceof Integer i) return PyInt.of(i);
        if (o instanceof Long l) return PyInt.of(l);
        if (o instanceof java.math.BigInteger b) return PyInt.of(b);
        if (o instanceof String s) return PyStr.of(s);
        if (o instanceof Double d) return PyFloat.of(d);
        throw new IllegalArgumentException(String.valueOf(o));
    }

    static PyObject[] pys(Object... xs) {
        PyObject[] out = new PyObject[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = py(xs[i]);
        return out;
    }

    static PyList list(Object... xs) { return PyList.wrap(pys(xs)); }

    static PyTuple tuple(Object... xs) { return PyTuple.of(pys(xs)); }

    static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.put(py(kv[i]), py(kv[i + 1]));
        return d;
    }

    /** A set built by adding the items in order (as {@code s.add} would). */
    static PySet set(Object... xs) {
        PySet s = new PySet();
        for (Object x : xs) s.addItem(py(x));
        return s;
    }

    static PyObject builtin(PyType t, Object... args) { return Abstract.call(t, pys(args), null); }

    static String repr(PyObject o) { return Abstract.repr(o).value; }

    static String str(PyObject o) { return Abstract.str(o).value; }

    static PyObject call(PyObject self, String method, Object... args) {
        return Abstract.callMethod(self, method, pys(args));
    }

    /** {@code self.method(*pos, **kw)} where kw alternates names and values. */
    static PyObject callKw(PyObject self, String method, Object[] pos, Object... kw) {
        PyObject[] args = new PyObject[pos.length + kw.length / 2];
        String[] names = new String[kw.length / 2];
        for (int i = 0; i < pos.length; i++) args[i] = py(pos[i]);
        for (int k = 0; k < names.length; k++) {
            names[k] = (String) kw[2 * k];
            args[pos.length + k] = py(kw[2 * k + 1]);
        }
        return Abstract.getAttr(self, method).call(args, names);
    }

    static PyObject binop(Object a, BinaryOp op, Object b) { return Abstract.binaryOp(py(a), py(b), op); }

    static boolean cmp(Object a, CompareOp op, Object b) { return Abstract.isTrue(Abstract.compare(py(a), py(b), op)); }

    static boolean eq(Object a, Object b) { return cmp(a, CompareOp.EQ, b); }

    static PyObject getItem(Object o, Object k) { return Abstract.getItem(py(o), py(k)); }

    static PyObject slice(Object start, Object stop, Object step) { return new PySlice(py(start), py(stop), py(step)); }

    static PyList toList(PyObject iterable) { return PyList.fromIterable(iterable); }

    static void assertRepr(String expected, PyObject o) { assertEquals(expected, repr(o)); }

    /** Runs r, which must raise a Python exception of type t (exactly) whose str is msg. */
    static PyBaseException assertRaises(PyType t, String msg, Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            assertEquals(t.name + ": " + msg, e.value.type.name + ": " + str(e.value));
            return e.value;
        }
        fail("expected " + t.name + ": " + msg);
        return null;
    }

    /** The "TypeName: str" of what r raises, or "OK repr" when it returns. */
    static String outcome(java.util.function.Supplier<PyObject> r) {
        try {
            return "OK " + repr(r.get());
        } catch (PyException e) {
            return e.value.type.name + ": " + str(e.value);
        }
    }
}
