package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** range and its iterators, against CPython 3.11 (src/test/python/types_range_slice). */
class PyRangeTest {
    static PyObject range(Object... args) { return builtin(PyRange.TYPE, args); }

    static final BigInteger E20 = BigInteger.TEN.pow(20);

    @Test
    void basics() {
        assertRepr("range(0, 10)", range(10));
        assertRepr("range(1, 10, 2)", range(1, 10, 2));
        assertRepr("range(5, 0, -1)", range(5, 0, -1));
        assertRepr("range(0, 0)", range(0));
        assertRepr("[1, 4, 7]", toList(range(1, 10, 3)));
        assertRepr("[10, 7, 4, 1]", toList(range(10, 0, -3)));
        assertRepr("[-5, -4, -3, -2]", toList(range(-5, -1)));
        assertRepr("[]", toList(range(0, -5)));
        assertEquals(15, Abstract.len(range(0, 100, 7)));
        assertEquals(3, Abstract.len(range(10, 0, -4)));
        assertEquals(0, Abstract.len(range(5, 0)));
        assertEquals(7, Abstract.len(range(-10, 10, 3)));
        PyObject r = range(10);
        assertRepr("0", Abstract.getAttr(r, "start"));
        assertRepr("10", Abstract.getAttr(r, "stop"));
        assertRepr("1", Abstract.getAttr(r, "step"));
        assertRepr("6", getItem(range(0, 20, 3), 2));
        assertRepr("18", getItem(range(0, 20, 3), -1));
        assertRepr("8", getItem(range(10, 0, -2), 1));
    }

    @Test
    void slicing() {
        PyObject h = range(100);
        assertRepr("range(10, 20)", getItem(h, slice(10, 20, null)));
        assertRepr("range(99, -1, -1)", getItem(h, slice(null, null, -1)));
        assertRepr("range(0, 100, 10)", getItem(h, slice(null, null, 10)));
        assertRepr("range(2, 8, 2)", getItem(range(0, 20, 2), slice(1, 4, null)));
        assertRepr("range(5, 2)", getItem(range(10), slice(5, 2, null)));
        assertRepr("range(7, 10)", getItem(range(10), slice(-3, null, null)));
        PyObject r = range(-10, 10, 3);
        assertRepr("range(-10, 11, 6)", getItem(r, slice(null, null, 2)));
        assertRepr("range(8, -13, -3)", getItem(r, slice(null, null, -1)));
        assertRepr("[8, 5, 2, -1, -4, -7, -10]", toList(getItem(r, slice(null, null, -1))));
        assertRepr("range(-7, 8, 6)", getItem(r, slice(1, -1, 2)));
        assertRepr("5", getItem(r, -2));
        assertRepr("range(2, 8, 3)", getItem(range(10), slice(2, 8, 3)));
    }

    @Test
    void membershipIndexCount() {
        PyObject r = range(0, 30, 5);
        assertRepr("3", call(r, "index", 15));
        assertRepr("1", call(r, "count", 15));
        assertRepr("0", call(r, "count", 7));
        assertRepr("1", call(range(3), "count", true));
        assertRaises(PyExc.ValueError, "7 is not in range", () -> call(range(5), "index", 7));
        assertRaises(PyExc.IndexError, "range object index out of range", () -> getItem(range(5), 10));
        assertRaises(PyExc.TypeError, "range indices must be integers or slices, not str", () -> getItem(range(5), "a"));
        assertTrue(Abstract.contains(range(10), py(5)));
        assertTrue(Abstract.contains(range(10), py(5.0)));
        assertFalse(Abstract.contains(range(10), py(5.5)));
        assertFalse(Abstract.contains(range(10), py("5")));
        assertFalse(Abstract.contains(range(10), py(-1)));
        PyObject m = range(-10, 10, 3);
        assertRepr("3", call(m, "index", -1));
        assertTrue(Abstract.contains(m, py(-1)));
        assertFalse(Abstract.contains(m, py(0)));
        assertFalse(Abstract.contains(m, py(11)));
        assertTrue(Abstract.contains(range(Long.MIN_VALUE, Long.MAX_VALUE, 3), py(Long.MIN_VALUE + 3)));
        assertFalse(Abstract.contains(range(Long.MIN_VALUE, Long.MAX_VALUE, 3), py(Long.MAX_VALUE - 1)));
    }

    @Test
    void constructionErrors() {
        assertRaises(PyExc.ValueError, "range() arg 3 must not be zero", () -> range(1, 2, 0));
        assertRaises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> range(1.5));
        assertRaises(PyExc.TypeError, "'str' object cannot be interpreted as an integer", () -> range("1"));
        assertRaises(PyExc.TypeError, "range expected at least 1 argument, got 0", () -> range());
        assertRaises(PyExc.TypeError, "range expected at most 3 arguments, got 4", () -> range(1, 2, 3, 4));
        assertRaises(PyExc.TypeError, "range() takes no keyword arguments", () -> PyRange.TYPE.call(pys(1), new String[] {"x"}));
    }

    @Test
    void equalityAndHash() {
        assertTrue(eq(range(0, 10, 2), range(0, 9, 2)));
        assertTrue(eq(range(0), range(5, 2)));
        assertTrue(eq(range(0, 1), range(0, 1, 5)));
        assertFalse(eq(range(3), list(0, 1, 2)));
        assertTrue(eq(range(3), range(0, 3, 1)));
        assertTrue(eq(range(0, 10, 3), range(0, 11, 3)));
        assertTrue(eq(range(0, 10, 3), range(0, 12, 3)));
        assertEquals(Abstract.hash(range(0, 10, 2)), Abstract.hash(range(0, 9, 2)));
        assertEquals(Abstract.hash(range(0)), Abstract.hash(range(3, 1)));
        assertEquals(Abstract.hash(tuple(3, 0, 2)), Abstract.hash(range(0, 6, 2)));
    }

    @Test
    void bigRanges() {
        PyObject big = range(E20);
        assertRaises(PyExc.OverflowError, "Python int too large to convert to C ssize_t", () -> Abstract.callMethod(big, "__len__"));
        assertRepr("99999999999999999999", getItem(big, -1));
        assertTrue(Abstract.contains(big, py(BigInteger.TEN.pow(19))));
        assertRepr("10000000000000000000", getItem(big, BigInteger.TEN.pow(19)));
        assertRepr("70000000000", getItem(range(0, BigInteger.TEN.pow(30), BigInteger.TEN.pow(10)), 7));
        BigInteger b70 = BigInteger.ONE.shiftLeft(70);
        PyObject r = range(b70, b70.add(BigInteger.valueOf(3)));
        assertRepr("1180591620717411303425", getItem(r, 1));
        assertRepr("3", Abstract.callMethod(r, "__len__"));
        assertTrue(Abstract.contains(r, py(b70.add(BigInteger.TWO))));
        assertEquals("longrange_iterator", Abstract.iter(r).type.name);
        assertRepr("[1180591620717411303424, 1180591620717411303425, 1180591620717411303426]", toList(r));
        assertTrue(Abstract.isTrue(big));
        assertFalse(Abstract.isTrue(range(0)));
    }

    @Test
    void iteration() {
        assertRepr("[7, 4, 1]", toList(Abstract.callMethod(range(1, 10, 3), "__reversed__")));
        assertEquals("range_iterator", Abstract.callMethod(range(3), "__reversed__").type.name);
        PyObject it = Abstract.iter(range(3));
        assertEquals("range_iterator", it.type.name);
        assertRepr("0", Abstract.next(it));
        assertRepr("2", call(it, "__length_hint__"));
        assertRepr("[1, 2]", toList(it));
        assertRepr("[]", toList(it));
        assertRepr("[]", toList(Abstract.callMethod(range(0), "__reversed__")));
        assertRepr("[9223372036854775806, 9223372036854775805]",
                toList(Abstract.callMethod(range(Long.MAX_VALUE - 2, Long.MAX_VALUE), "__reversed__")));
        assertRepr("[10, 6, 2, -2, -6]", toList(range(10, -10, -4)));
        assertRepr("(<class 'range'>, (0, 3, 1))", call(range(3), "__reduce__"));
    }
}
