package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** tuple, against CPython 3.11 (src/test/python/types_tuple and the REPL). */
class PyTupleTest {

    @Test
    void basics() {
        PyTuple t = tuple(3, 1, 4, 1, 5, 9, 2, 6);
        assertRepr("(3, 1, 4, 1, 5, 9, 2, 6)", t);
        assertRepr("3", getItem(t, 0));
        assertRepr("6", getItem(t, -1));
        assertRepr("(4, 1, 5)", getItem(t, slice(2, 5, null)));
        assertRepr("(6, 9, 1, 1)", getItem(t, slice(null, null, -2)));
        assertRepr("2", call(t, "count", 1));
        assertRepr("2", call(t, "index", 4));
        assertRepr("3", call(t, "index", 1, 2));
        assertRepr("()", PyTuple.EMPTY);
        assertRepr("(1,)", tuple(1));
        assertRepr("('a', 'b', 'c')", builtin(PyTuple.TYPE, "abc"));
        assertRepr("(0, 1, 2)", builtin(PyTuple.TYPE, PyRange.of(0, 3, 1)));
        assertRepr("('k',)", builtin(PyTuple.TYPE, dict("k", 1)));
        assertRepr("(3, 1, 4, 1, 5, 9, 2, 6, 7)", binop(t, BinaryOp.ADD, tuple(7)));
        assertRepr("(0, 0, 0)", binop(tuple(0), BinaryOp.MUL, 3));
        assertRepr("(1, 2, 1, 2)", binop(2, BinaryOp.MUL, tuple(1, 2)));
        assertRepr("()", binop(tuple(1, 2), BinaryOp.MUL, -1));
        assertTrue(Abstract.contains(t, py(1)));
        assertFalse(Abstract.contains(t, py(7)));
        assertRepr("((1, 2),)", call(tuple(1, 2), "__getnewargs__"));
        assertRepr("((),)", tuple(PyTuple.EMPTY));
        assertRepr("(1.5, None, \"x'y\")", tuple(1.5, null, "x'y"));
    }

    @Test
    void identityShortcuts() {
        PyTuple a = tuple(1, 2);
        assertSame(a, builtin(PyTuple.TYPE, a));
        assertSame(a, getItem(a, slice(null, null, null)));
        assertSame(a, binop(a, BinaryOp.MUL, 1));
        assertSame(a, binop(a, BinaryOp.ADD, PyTuple.EMPTY));
        assertSame(PyTuple.EMPTY, binop(PyTuple.EMPTY, BinaryOp.MUL, 3));
    }

    @Test
    void errors() {
        PyTuple t = tuple(3, 1, 4);
        assertRaises(PyExc.ValueError, "tuple.index(x): x not in tuple", () -> call(t, "index", 99));
        assertRaises(PyExc.IndexError, "tuple index out of range", () -> getItem(t, 100));
        assertRaises(PyExc.TypeError, "tuple indices must be integers or slices, not str", () -> getItem(t, "a"));
        assertRaises(PyExc.TypeError, "can only concatenate tuple (not \"list\") to tuple", () -> binop(t, BinaryOp.ADD, list(1)));
        assertRaises(PyExc.AttributeError, "'tuple' object has no attribute 'append'", () -> call(t, "append", 1));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyTuple.TYPE, 5));
        assertRaises(PyExc.TypeError, "tuple expected at most 1 argument, got 2", () -> builtin(PyTuple.TYPE, 1, 2));
        assertRaises(PyExc.TypeError, "tuple.count() takes exactly one argument (0 given)", () -> call(t, "count"));
        assertRaises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'", () -> binop(t, BinaryOp.MUL, 1.5));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.hash(tuple(1, list(2))));
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'int' and 'str'",
                () -> cmp(tuple(1, 2), CompareOp.LT, tuple(1, "x")));
        assertRaises(PyExc.ValueError, "slice step cannot be zero", () -> getItem(t, slice(null, null, 0)));
    }

    @Test
    void hashMatchesCPython() {
        assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));
        assertEquals(-6644214454873602895L, Abstract.hash(tuple(1)));
        assertEquals(-3550055125485641917L, Abstract.hash(tuple(1, 2)));
        assertEquals(529344067295497451L, Abstract.hash(tuple(1, 2, 3)));
        assertEquals(7267574591690527098L, Abstract.hash(tuple(1, tuple(2, 3))));
        PyTuple t = tuple(1, 2);
        long h = Abstract.hash(t);
        assertEquals((int) (h ^ (h >>> 32)), t.hashCode());
        assertEquals(t.hashCode(), tuple(1, 2).hashCode());
        assertEquals(Abstract.hash(tuple(1, 2)), Abstract.hash(tuple(true, 2.0)));
    }

    @Test
    void comparisons() {
        assertTrue(cmp(tuple(1, 2), CompareOp.LT, tuple(1, 3)));
        assertTrue(cmp(tuple(1, 2), CompareOp.LT, tuple(1, 2, 0)));
        assertTrue(cmp(PyTuple.EMPTY, CompareOp.LT, tuple(0)));
        assertTrue(cmp(tuple(2), CompareOp.GT, tuple(1, 100)));
        assertTrue(cmp(tuple(1, 2), CompareOp.NE, tuple(2, 1)));
        assertFalse(cmp(tuple(1, 2), CompareOp.GE, tuple(1, 3)));
        assertTrue(eq(tuple(1.0, 2), tuple(1, 2.0)));
        assertTrue(cmp(tuple(1, 2), CompareOp.LT, tuple(2, "x")));
        PyObject nan = PyFloat.of(Double.NaN);
        PyTuple tn = tuple(nan);
        assertTrue(eq(tn, tn));
        assertFalse(eq(tuple(nan), tuple(PyFloat.of(Double.NaN))));
        assertRepr("NotImplemented", Abstract.call(PyTuple.TYPE.dict().get(PyStr.of("__lt__")), tuple(1), list(1)));
        assertFalse(eq(tuple(1), list(1)));
    }

    @Test
    void iteration() {
        PyObject it = Abstract.iter(tuple(1, 2, 3));
        assertEquals("tuple_iterator", it.type.name);
        assertRepr("3", call(it, "__length_hint__"));
        assertRepr("[1, 2, 3]", toList(it));
        assertRepr("0", call(it, "__length_hint__"));
    }

    @Test
    void recursiveRepr() {
        PyList l = list();
        PyTuple t = tuple(l);
        l.append(t);
        assertRepr("([(...)],)", t);
    }
}
