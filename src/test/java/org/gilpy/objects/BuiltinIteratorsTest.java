package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** enumerate, zip, map, filter, reversed and callable_iterator, against CPython 3.11. */
class BuiltinIteratorsTest {
    static PyObject kw(PyType t, Object[] pos, Object... kv) {
        PyObject[] args = new PyObject[pos.length + kv.length / 2];
        String[] names = new String[kv.length / 2];
        for (int i = 0; i < pos.length; i++) args[i] = py(pos[i]);
        for (int k = 0; k < names.length; k++) {
            names[k] = (String) kv[2 * k];
            args[pos.length + k] = py(kv[2 * k + 1]);
        }
        return t.call(args, names);
    }

    /** A Java-implemented Python callable. */
    static PyObject fn(java.util.function.Function<PyObject[], PyObject> f) {
        return new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) { return f.apply(args); }
        };
    }

    @Test
    void enumerate() {
        assertRepr("[(0, 'a'), (1, 'b')]", toList(builtin(PyEnumerate.TYPE, "ab")));
        assertRepr("[(100000000000000000000, 'a'), (100000000000000000001, 'b')]",
                toList(kw(PyEnumerate.TYPE, new Object[] {"ab"}, "start", BigInteger.TEN.pow(20))));
        assertRepr("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                toList(builtin(PyEnumerate.TYPE, "ab", Long.MAX_VALUE)));
        assertRepr("{0: 'a', 1: 'b'}", builtin(PyDict.TYPE, builtin(PyEnumerate.TYPE, "ab")));
        assertRaises(PyExc.TypeError, "enumerate() missing required argument 'iterable'", () -> builtin(PyEnumerate.TYPE));
        assertRaises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> builtin(PyEnumerate.TYPE, list(), 1.5));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyEnumerate.TYPE, 1));
        assertRaises(PyExc.TypeError, "enumerate() takes at most 2 arguments (3 given)", () -> builtin(PyEnumerate.TYPE, list(), 1, 2));
        assertRaises(PyExc.TypeError, "'x' is an invalid keyword argument for enumerate()",
                () -> kw(PyEnumerate.TYPE, new Object[] {list()}, "x", 2));
        assertEquals("enumerate", builtin(PyEnumerate.TYPE, list()).type.name);
    }

    @Test
    void zip() {
        assertRepr("[(1, 4), (2, 5), (3, 6)]", toList(builtin(PyZip.TYPE, list(1, 2, 3), list(4, 5, 6))));
        assertRepr("[('a', 'c'), ('b', 'd')]", toList(builtin(PyZip.TYPE, dict("a", 1, "b", 2), dict("c", 3, "d", 4))));
        assertRepr("[]", toList(builtin(PyZip.TYPE)));
        assertRepr("[(1,), (2,)]", toList(builtin(PyZip.TYPE, list(1, 2))));
        assertRepr("[(1, 3)]", toList(builtin(PyZip.TYPE, list(1, 2), list(3))));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyZip.TYPE, 1));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyZip.TYPE, list(1), 2));
        assertRaises(PyExc.ValueError, "zip() argument 2 is shorter than argument 1",
                () -> toList(kw(PyZip.TYPE, new Object[] {list(1, 2), list(3)}, "strict", true)));
        assertRaises(PyExc.ValueError, "zip() argument 2 is longer than argument 1",
                () -> toList(kw(PyZip.TYPE, new Object[] {list(1), list(3, 4)}, "strict", true)));
        assertRaises(PyExc.ValueError, "zip() argument 3 is longer than arguments 1-2",
                () -> toList(kw(PyZip.TYPE, new Object[] {list(1), list(3), list(5, 6)}, "strict", true)));
        assertRaises(PyExc.ValueError, "zip() argument 3 is shorter than arguments 1-2",
                () -> toList(kw(PyZip.TYPE, new Object[] {list(1, 2), list(3, 4), list(5)}, "strict", true)));
        assertRepr("[(1, 3), (2, 4)]", toList(kw(PyZip.TYPE, new Object[] {list(1, 2), list(3, 4)}, "strict", true)));
        assertRaises(PyExc.TypeError, "'x' is an invalid keyword argument for zip()", () -> kw(PyZip.TYPE, new Object[0], "x", 1));
        assertRaises(PyExc.TypeError, "zip() takes at most 1 keyword argument (2 given)",
                () -> kw(PyZip.TYPE, new Object[] {list(1)}, "strict", true, "x", 1));
    }

    @Test
    void mapAndFilter() {
        PyObject len = fn(a -> PyInt.of(Abstract.len(a[0])));
        assertRepr("[1, 2]", toList(builtin(PyMap.TYPE, len, list("a", "bb"))));
        PyObject add = fn(a -> Abstract.binaryOp(a[0], a[1], org.gilpy.bytecode.BinaryOp.ADD));
        assertRepr("[11, 22]", toList(builtin(PyMap.TYPE, add, list(1, 2, 3), list(10, 20))));
        assertRaises(PyExc.TypeError, "map() must have at least two arguments.", () -> builtin(PyMap.TYPE, len));
        assertRaises(PyExc.TypeError, "map() must have at least two arguments.", () -> builtin(PyMap.TYPE));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyMap.TYPE, len, 1));
        assertRaises(PyExc.TypeError, "map() takes no keyword arguments", () -> kw(PyMap.TYPE, new Object[] {len, list()}, "key", 3));
        assertRepr("[1, 2, 'a']", toList(builtin(PyFilter.TYPE, null, list(0, 1, 2, null, "", "a"))));
        assertRepr("[1, 2, 'a']", toList(builtin(PyFilter.TYPE, PyBool.TYPE, list(0, 1, 2, null, "", "a"))));
        PyObject odd = fn(a -> PyBool.of(((PyInt) a[0]).value % 2 == 1));
        assertRepr("[1, 3]", toList(builtin(PyFilter.TYPE, odd, PyRange.of(0, 5, 1))));
        assertRaises(PyExc.TypeError, "filter expected 2 arguments, got 1", () -> builtin(PyFilter.TYPE, (Object) null));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyFilter.TYPE, null, 1));
        assertRaises(PyExc.TypeError, "filter() takes no keyword arguments", () -> kw(PyFilter.TYPE, new Object[] {null, list()}, "x", 1));
    }

    @Test
    void reversed() {
        assertEquals("list_reverseiterator", builtin(PyReversed.TYPE, list()).type.name);
        assertEquals("reversed", builtin(PyReversed.TYPE, tuple()).type.name);
        assertEquals("reversed", builtin(PyReversed.TYPE, "ab").type.name);
        assertEquals("dict_reversekeyiterator", builtin(PyReversed.TYPE, new PyDict()).type.name);
        assertEquals("range_iterator", builtin(PyReversed.TYPE, PyRange.of(0, 3, 1)).type.name);
        assertRepr("['c', 'b', 'a']", toList(builtin(PyReversed.TYPE, "abc")));
        assertRepr("[3, 2, 1]", toList(builtin(PyReversed.TYPE, tuple(1, 2, 3))));
        PyObject r = builtin(PyReversed.TYPE, tuple(1, 2));
        assertRepr("2", call(r, "__length_hint__"));
        assertRaises(PyExc.TypeError, "'int' object is not reversible", () -> builtin(PyReversed.TYPE, 1));
        assertRaises(PyExc.TypeError, "'set' object is not reversible", () -> builtin(PyReversed.TYPE, set()));
        assertRaises(PyExc.TypeError, "reversed expected 1 argument, got 0", () -> builtin(PyReversed.TYPE));
        assertRaises(PyExc.TypeError, "reversed expected 1 argument, got 2", () -> builtin(PyReversed.TYPE, list(), list()));
        assertRaises(PyExc.TypeError, "reversed() takes no keyword arguments", () -> kw(PyReversed.TYPE, new Object[0], "seq", list()));
    }

    @Test
    void callableIterator() {
        int[] n = {0};
        PyObject counter = fn(a -> PyInt.of(++n[0]));
        PyCallableIterator it = new PyCallableIterator(counter, PyInt.of(4));
        assertEquals("callable_iterator", it.type.name);
        assertRepr("[1, 2, 3]", toList(it));
        assertNull(Abstract.next(it));
        PyObject stopper = fn(a -> { throw PyErr.stopIteration(); });
        assertRepr("[]", toList(new PyCallableIterator(stopper, PyNone.NONE)));
    }
}
