package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** slice and the shared index arithmetic, against CPython 3.11 (types_range_slice/slice_objects.py). */
class PySliceTest {
    static final BigInteger E20 = new BigInteger("100000000000000000000");

    @Test
    void basics() {
        PyObject s = builtin(PySlice.TYPE, 5);
        assertRepr("slice(None, 5, None)", s);
        assertRepr("None", Abstract.getAttr(s, "start"));
        assertRepr("5", Abstract.getAttr(s, "stop"));
        PyObject t = builtin(PySlice.TYPE, 1, 10, 2);
        assertRepr("slice(1, 10, 2)", t);
        assertRepr("(1, 5, 2)", call(t, "indices", 5));
        assertRepr("(1, 10, 2)", call(t, "indices", 100));
        assertRepr("(9, -1, -1)", call(slice(null, null, -1), "indices", 10));
        assertRepr("(7, 10, 1)", call(slice(-3, null, null), "indices", 10));
        assertRepr("(0, 10, 1)", call(slice(-100, 100, null), "indices", 10));
        assertRepr("(7, -1, -3)", call(slice(10, -10, -3), "indices", 8));
        assertRepr("(0, 10, 100000000000000000000)", call(slice(null, null, E20), "indices", 10));
        assertTrue(eq(builtin(PySlice.TYPE, 1, 2), builtin(PySlice.TYPE, 1, 2)));
        assertFalse(eq(builtin(PySlice.TYPE, 1, 2), builtin(PySlice.TYPE, 1, 3)));
        assertTrue(eq(builtin(PySlice.TYPE, 1, 2, null), builtin(PySlice.TYPE, 1, 2)));
        assertTrue(cmp(builtin(PySlice.TYPE, 1, 2), CompareOp.LT, builtin(PySlice.TYPE, 1, 3)));
        assertRepr("slice('a', [1], None)", slice("a", list(1), null));
    }

    @Test
    void errors() {
        assertRaises(PyExc.ValueError, "slice step cannot be zero", () -> call(slice(1, 2, 0), "indices", 10));
        assertRaises(PyExc.TypeError, "slice expected at least 1 argument, got 0", () -> builtin(PySlice.TYPE));
        assertRaises(PyExc.TypeError, "slice expected at most 3 arguments, got 4", () -> builtin(PySlice.TYPE, 1, 2, 3, 4));
        assertRaises(PyExc.ValueError, "length should not be negative", () -> call(slice(1, 2, null), "indices", -1));
        assertRaises(PyExc.TypeError, "unhashable type: 'slice'", () -> Abstract.hash(slice(1, 2, null)));
        assertRaises(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method",
                () -> getItem(list(1, 2), slice("a", "b", null)));
    }

    @Test
    void sequenceSlicing() {
        PyList l = toList(PyRange.of(0, 10, 1));
        Object[][] specs = {
            {null, null, null, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"}, {2, null, null, "[2, 3, 4, 5, 6, 7, 8, 9]"},
            {null, 3, null, "[0, 1, 2]"}, {-3, null, null, "[7, 8, 9]"}, {null, -3, null, "[0, 1, 2, 3, 4, 5, 6]"},
            {2, 8, 2, "[2, 4, 6]"}, {8, 2, -2, "[8, 6, 4]"}, {null, null, -1, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
            {null, null, -3, "[9, 6, 3, 0]"}, {100, null, null, "[]"}, {-100, 3, null, "[0, 1, 2]"},
            {3, 100, 4, "[3, 7]"}, {5, 5, null, "[]"}, {7, 3, null, "[]"}, {-1, -10, -1, "[9, 8, 7, 6, 5, 4, 3, 2, 1]"},
            {0, E20, 3, "[0, 3, 6, 9]"}, {E20.negate(), null, null, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
            {null, null, E20, "[0]"}, {null, null, E20.negate(), "[9]"},
        };
        for (Object[] s : specs) {
            PyObject sl = slice(s[0], s[1], s[2]);
            assertRepr((String) s[3], getItem(l, sl));
            assertRepr((String) s[3], toList(getItem(PyTuple.of(l.toArray()), sl)));
        }
        assertRepr("[1, 2]", getItem(l, slice(true, 3, null)));
    }

    @Test
    void adjust() {
        PySlice.Indices ix = new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(-1)).indices(5);
        assertEquals(new PySlice.Indices(4, -1, -1, 5), ix);
        assertEquals(new PySlice.Indices(0, 0, 1, 0), new PySlice(PyInt.of(3), PyInt.of(1), PyNone.NONE).indices(0));
    }
}
