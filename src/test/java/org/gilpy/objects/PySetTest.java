package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** set and frozenset, against CPython 3.11: behaviour (src/test/python/types_set) and the
 * iteration orders CPython prints (sets built by successive add() calls). */
class PySetTest {
    static PySet mk(Object... xs) { return set(xs); }

    static PyObject range(int a, int b, int c) { return PyRange.of(a, b, c); }

    static PyObject fs(Object iterable) { return builtin(PyFrozenSet.TYPE, iterable); }

    @Test
    void iterationOrderMatchesCPython() {
        assertRepr("{1, 33, 3, 2, 5, 9, 17}", mk(5, 3, 1, 9, 17, 33, 2));
        assertRepr("{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}",
                builtin(PySet.TYPE, range(20, 0, -1)));
        assertRepr("{3, 100, 1000, 8, 16, -2, -5, -1}", mk(-1, -2, -5, 3, 100, 1000, 8, 16));
        assertRepr("{64, 0, 32, 8, 16}", mk(64, 0, 32, 8, 16));
        assertRepr("frozenset({1000000, 3, 7})", fs(mk(1000000, 3, 7)));
        assertRepr("{1, 2, 4, 10}", binop(mk(1, 2, 3), BinaryOp.XOR, mk(3, 4, 10)));
        assertRepr("{11, 1, 3, 19}", binop(mk(1, 2, 3, 11, 19), BinaryOp.SUB, mk(2)));
        assertRepr("{3, 100}", binop(mk(100, 2, 3), BinaryOp.AND, mk(3, 100, 7)));
        assertRepr("{2, 3, 100, 7, 12}", binop(mk(100, 2, 3), BinaryOp.OR, mk(3, 100, 7, 12)));
        assertRepr("{17, 1, 9}", binop(mk(1, 9), BinaryOp.XOR, mk(17)));
        assertRepr("{1, 9, 17}", binop(mk(17), BinaryOp.XOR, mk(1, 9)));
        assertRepr("{1, 9, 17}", binop(mk(1, 9), BinaryOp.OR, mk(17)));
        assertRepr("{17, 1, 9}", binop(mk(17), BinaryOp.OR, mk(1, 9)));
        assertRepr("{33, 1, 17, 9, 25}", call(mk(9, 1, 17, 25, 33), "difference", list(100)));
        assertRepr("{33, 65, 9, 41, 17, 49, 25, 57}", binop(mk(9, 1, 17, 25, 33, 41, 49, 57, 65), BinaryOp.SUB, mk(1)));
        assertRepr("{65, 1, 33}", mk(1, 33, 65));
        assertRepr("{(1, 2), (3, 4)}", mk(tuple(1, 2), tuple(3, 4)));
        assertRepr("{(1, 2), (3, 4)}", mk(tuple(3, 4), tuple(1, 2)));
        assertRepr("{-2, -6, -5, -4, -3, -1}", mk(-1, -2, -3, -4, -5, -6));
        assertRepr("{9, 1, 17}", builtin(PySet.TYPE, mk(9, 1, 17)));
        assertRepr("frozenset({9, 1, 17})", fs(mk(9, 1, 17)));
        assertRepr("{1099511627776, 1099511627777, -1099511627776, 7}", mk(1L << 40, (1L << 40) + 1, -(1L << 40), 7));
        assertRepr("{4611686018427387904, 3, -9223372036854775808}", mk(1L << 62, 3, Long.MIN_VALUE));
        assertRepr("{3, 19, 35, 27, 11}", builtin(PySet.TYPE, dict(3, 0, 11, 0, 19, 0, 27, 0, 35, 0)));
        assertRepr("{3, 35, 11, 19, 27}", builtin(PySet.TYPE, list(3, 11, 19, 27, 35)));
        PySet sevens = new PySet();
        for (int i = 0; i < 200; i += 7) sevens.addItem(PyInt.of(i));
        assertRepr("{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77,"
                + " 84, 91, 98, 105, 112, 119, 126}", sevens);
        assertRepr("{False, True, 2}", mk(true, false, 2));
        assertRepr("{26, 18}", call(mk(10, 2, 18, 26), "intersection", list(26, 18)));
        assertRepr("{3, 10, 18, 26}", call(mk(10, 2), "symmetric_difference", list(2, 18, 26, 3)));
        assertRepr("{2, 3, 10, 18, 26}", call(mk(10, 2), "union", list(2, 18, 26, 3)));
    }

    @Test
    void differenceUpdateDropsDummies() {
        PySet u = (PySet) builtin(PySet.TYPE, list(5, 6, 7));
        call(u, "update", list(8), tuple(9), dict(10, 1));
        call(u, "intersection_update", range(6, 20, 1));
        call(u, "difference_update", list(9));
        call(u, "symmetric_difference_update", mk(6, 99));
        assertRepr("{99, 7, 8, 10}", u);
        assertRepr("{99, 10}", call(u, "difference", list(7), list(8)));
        assertRepr("{1, 99, 7, 8, 10}", call(u, "union", list(1)));
    }

    @Test
    void popAndDummies() {
        PySet s = (PySet) builtin(PySet.TYPE, range(0, 10, 1));
        PyList out = new PyList();
        while (s.size() > 0) out.append(call(s, "pop"));
        assertRepr("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]", out);
        PySet p2 = mk(1, 9, 17, 25);
        call(p2, "remove", 9);
        call(p2, "add", 33);
        assertRepr("{1, 33, 17, 25}", p2);
        PySet p3 = mk(1, 9, 17);
        call(p3, "pop");
        call(p3, "add", 25);
        assertRepr("9", call(p3, "pop"));
        assertRepr("{25, 17}", p3);
        PySet p4 = (PySet) builtin(PySet.TYPE, range(0, 6, 1));
        assertRepr("0", call(p4, "pop"));
        assertRepr("1", call(p4, "pop"));
        assertRepr("{2, 3, 4, 5}", p4);
    }

    @Test
    void frozensetHashMatchesCPython() {
        assertEquals(133146708735736L, Abstract.hash(fs(list())));
        assertEquals(-272375401224217160L, Abstract.hash(fs(list(1, 2, 3))));
        assertEquals(-8351715106182815688L, Abstract.hash(fs(list(-1, 0))));
        assertEquals(4411996150312757951L, Abstract.hash(fs(range(0, 100, 1))));
        assertEquals(4163603532552755580L, Abstract.hash(fs(list(tuple(1, 2), 3))));
        assertEquals(5515263749738256364L, Abstract.hash(fs(list(fs(list(1))))));
        assertEquals(1707506055679005609L, Abstract.hash(fs(list(true, BigInteger.TWO.pow(70)))));
        assertEquals(Abstract.hash(fs(list(3, 1, 2))), Abstract.hash(fs(list(1, 2, 3))));
    }

    @Test
    void basicMethods() {
        PySet s = mk(3, 1, 2);
        assertEquals(3, Abstract.len(s));
        assertTrue(Abstract.contains(s, py(1)));
        assertFalse(Abstract.contains(s, py(5)));
        call(s, "add", 4);
        call(s, "add", 1);
        call(s, "discard", 10);
        call(s, "discard", 4);
        call(s, "remove", 3);
        assertRepr("{1, 2}", s);
        assertRaises(PyExc.KeyError, "99", () -> call(s, "remove", 99));
        call(s, "clear");
        assertRepr("set()", s);
        assertRaises(PyExc.KeyError, "'pop from an empty set'", () -> call(s, "pop"));
        assertRepr("{'only'}", mk("only"));
        assertRepr("frozenset()", fs(list()));
        assertRepr("frozenset({7})", fs(list(7)));
        PySet u = (PySet) builtin(PySet.TYPE, "hello");
        PyObject c = call(u, "copy");
        call(c, "add", "z");
        assertFalse(Abstract.contains(u, py("z")));
        assertNotSame(u, c);
        call(u, "update", "xy", list(1, 2));
        assertEquals(8, u.size());
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> mk(list(1)));
        assertRaises(PyExc.TypeError, "unhashable type: 'dict'", () -> call(mk(), "add", new PyDict()));
        assertRepr("{1}", mk(1, 1.0, true));
        assertRepr("{0}", mk(0, false, 0.0, -0.0));
        assertRaises(PyExc.TypeError, "set.add() takes exactly one argument (0 given)", () -> call(s, "add"));
        assertRaises(PyExc.TypeError, "set expected at most 1 argument, got 2", () -> builtin(PySet.TYPE, list(1), list(2)));
        assertRaises(PyExc.TypeError, "set() takes no keyword arguments", () -> PySet.TYPE.call(pys(1), new String[] {"x"}));
        assertRaises(PyExc.TypeError, "frozenset() takes no keyword arguments",
                () -> PyFrozenSet.TYPE.call(pys(1), new String[] {"x"}));
        assertRaises(PyExc.TypeError, "set.pop() takes no arguments (1 given)", () -> call(s, "pop", 1));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> call(s, "update", 5));
        assertRaises(PyExc.TypeError, "'set' object is not subscriptable", () -> getItem(s, 0));
        assertRaises(PyExc.AttributeError, "'frozenset' object has no attribute 'add'", () -> call(fs(list()), "add", 1));
        // a set is looked up as the equal frozenset
        assertTrue(Abstract.contains(mk(fs(list(1))), mk(1)));
        call(u, "discard", mk(1));
    }

    @Test
    void algebra() {
        PySet a = mk(1, 2, 3, 4), b = mk(3, 4, 5);
        assertRepr("{1, 2, 3, 4, 5, 9}", call(a, "union", b, list(9)));
        assertRepr("{3}", call(a, "intersection", b, range(0, 4, 1)));
        assertRepr("{2}", call(a, "difference", b, mk(1)));
        assertRepr("{1, 2, 3, 10}", call(a, "symmetric_difference", list(4, 10)));
        assertTrue(cmp(a, CompareOp.LE, a));
        assertFalse(cmp(a, CompareOp.LT, a));
        assertTrue(cmp(mk(1), CompareOp.LT, a));
        assertTrue(cmp(a, CompareOp.GE, mk(1, 2)));
        assertFalse(cmp(a, CompareOp.GT, b));
        assertTrue(Abstract.isTrue(call(a, "issubset", range(0, 10, 1))));
        assertTrue(Abstract.isTrue(call(a, "issuperset", list(1, 2))));
        assertTrue(Abstract.isTrue(call(a, "isdisjoint", mk(7))));
        assertFalse(Abstract.isTrue(call(a, "isdisjoint", b)));
        assertTrue(eq(a, mk(4, 3, 2, 1)));
        assertTrue(eq(mk(1, 2), fs(list(1, 2))));
        assertFalse(eq(a, list(1, 2, 3, 4)));
        PySet c = (PySet) builtin(PySet.TYPE, a);
        assertSame(c, binop(c, BinaryOp.INPLACE_OR, mk(10)));
        binop(c, BinaryOp.INPLACE_AND, mk(1, 2, 10));
        binop(c, BinaryOp.INPLACE_SUB, mk(2));
        binop(c, BinaryOp.INPLACE_XOR, mk(1, 7));
        assertRepr("{10, 7}", c);
        PySet d = (PySet) builtin(PySet.TYPE, a);
        call(d, "intersection_update", list(1, 2, 99));
        assertRepr("{1, 2}", d);
        call(d, "difference_update", mk(1));
        assertRepr("{2}", d);
        call(d, "symmetric_difference_update", mk(2, 3));
        assertRepr("{3}", d);
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for |: 'set' and 'list'", () -> binop(a, BinaryOp.OR, list(1)));
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'set' and 'list'", () -> cmp(a, CompareOp.LT, list(1)));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for +: 'set' and 'set'", () -> binop(a, BinaryOp.ADD, b));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for |=: 'set' and 'list'",
                () -> binop(a, BinaryOp.INPLACE_OR, list(1)));
        assertTrue(eq(mk(), mk()));
        assertTrue(cmp(mk(), CompareOp.LT, mk(1)));
        assertRepr("NotImplemented", call(a, "__or__", 1));
        assertRepr("NotImplemented", call(a, "__le__", list(1)));
    }

    @Test
    void frozensetBehaviour() {
        PyObject f = fs(list(3, 1, 2));
        assertEquals("frozenset", binop(f, BinaryOp.OR, mk(4)).type.name);
        assertEquals("set", binop(mk(4), BinaryOp.OR, f).type.name);
        assertEquals("frozenset", binop(f, BinaryOp.AND, mk(1)).type.name);
        assertSame(f, call(f, "copy"));
        assertSame(f, builtin(PyFrozenSet.TYPE, f));
        assertRepr("{1, 2, 3, 4}", binop(mk(4), BinaryOp.OR, f));
        PyObject g = binop(f, BinaryOp.INPLACE_OR, mk(4));
        assertNotSame(f, g);
        assertRepr("frozenset({1, 2, 3, 4})", g);
        PyDict d = new PyDict();
        d.put(f, py("value"));
        assertRepr("'value'", d.get(fs(list(1, 2, 3))));
        assertEquals(2, mk(fs(list(1)), fs(list(1)), fs(list(2))).size());
        assertTrue(eq(fs(list()), mk()));
        assertTrue(eq(call(dict(1, 2), "keys"), fs(list(1))));
        assertRepr("(<class 'frozenset'>, ([1],), None)", call(fs(list(1)), "__reduce__"));
        assertRepr("(<class 'set'>, ([1],), None)", call(mk(1), "__reduce__"));
    }

    @Test
    void mutationDuringIteration() {
        PySet s = mk(1, 2, 3);
        PyObject it = Abstract.iter(s);
        assertEquals("set_iterator", it.type.name);
        assertRepr("3", call(it, "__length_hint__"));
        PyObject x = Abstract.next(it);
        s.addItem(PyInt.of(((PyInt) x).value + 10));
        assertRaises(PyExc.RuntimeError, "Set changed size during iteration", () -> Abstract.next(it));
        assertRaises(PyExc.RuntimeError, "Set changed size during iteration", () -> Abstract.next(it));
    }

    @Test
    void recursiveRepr() {
        assertEquals("set()", repr(mk()));
    }
}
