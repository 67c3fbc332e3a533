package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** list, against CPython 3.11 (expected values from src/test/python/types_list and the REPL). */
class PyListTest {

    @Test
    void methods() {
        PyList a = list(3, 1, 4);
        call(a, "append", 1);
        call(a, "extend", list(5, 9));
        call(a, "extend", PyRange.of(0, 2, 1));
        call(a, "extend", "ab");
        assertRepr("[3, 1, 4, 1, 5, 9, 0, 1, 'a', 'b']", a);
        call(a, "insert", 0, "start");
        call(a, "insert", 100, "end");
        call(a, "insert", -1, "before-end");
        call(a, "insert", -100, "very-start");
        assertRepr("['very-start', 'start', 3, 1, 4, 1, 5, 9, 0, 1, 'a', 'b', 'before-end', 'end']", a);
        assertRepr("'end'", call(a, "pop"));
        assertRepr("'very-start'", call(a, "pop", 0));
        assertRepr("'b'", call(a, "pop", -2));
        assertRepr("3", call(a, "pop", 1));
        assertRepr("['start', 1, 4, 1, 5, 9, 0, 1, 'a', 'before-end']", a);
        call(a, "remove", 1);
        assertRepr("['start', 4, 1, 5, 9, 0, 1, 'a', 'before-end']", a);
        assertRepr("2", call(a, "index", 1));
        assertRepr("1", call(a, "index", 4));
        assertRepr("2", call(a, "count", 1));
        assertRepr("0", call(a, "count", "zz"));
        assertRepr("2", call(a, "index", 1, 2));
        assertRepr("5", call(a, "index", 0, -4, -1));
        PyObject b = call(a, "copy");
        call(b, "reverse");
        assertRepr("['before-end', 'a', 1, 0, 9, 5, 1, 4, 'start']", b);
        call(b, "clear");
        assertRepr("[]", b);
    }

    @Test
    void methodErrors() {
        PyList a = list(1, 2, 3);
        assertRaises(PyExc.ValueError, "list.remove(x): x not in list", () -> call(a, "remove", "zz"));
        assertRaises(PyExc.ValueError, "'zz' is not in list", () -> call(a, "index", "zz"));
        assertRaises(PyExc.ValueError, "3 is not in list", () -> call(a, "index", 3, 0, 2));
        assertRaises(PyExc.IndexError, "pop from empty list", () -> call(list(), "pop"));
        assertRaises(PyExc.IndexError, "pop index out of range", () -> call(a, "pop", 100));
        assertRaises(PyExc.IndexError, "pop index out of range", () -> call(list(1), "pop", -2));
        assertRaises(PyExc.TypeError, "list.append() takes exactly one argument (0 given)", () -> call(a, "append"));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> call(a, "extend", 5));
        assertRaises(PyExc.TypeError, "index expected at least 1 argument, got 0", () -> call(a, "index"));
        assertRaises(PyExc.TypeError, "slice indices must be integers or have an __index__ method",
                () -> call(a, "index", 1, "a"));
        assertRaises(PyExc.TypeError, "insert expected 2 arguments, got 1", () -> call(a, "insert", 1));
        assertRaises(PyExc.TypeError, "'str' object cannot be interpreted as an integer", () -> call(a, "insert", "a", 2));
        assertRaises(PyExc.OverflowError, "Python int too large to convert to C ssize_t",
                () -> call(a, "pop", new java.math.BigInteger("100000000000000000000")));
        assertRaises(PyExc.TypeError, "list.copy() takes no arguments (1 given)", () -> call(a, "copy", 1));
        assertRaises(PyExc.TypeError, "list expected at most 1 argument, got 2", () -> builtin(PyList.TYPE, 1, 2));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyList.TYPE, 1));
        assertRaises(PyExc.TypeError, "list() takes no keyword arguments",
                () -> PyList.TYPE.call(pys(1), new String[] {"x"}));
    }

    @Test
    void selfExtendAndRepeat() {
        PyList c = list(1, 2);
        call(c, "extend", c);
        assertRepr("[1, 2, 1, 2]", c);
        PyObject c2 = binop(c, BinaryOp.INPLACE_ADD, c);
        assertSame(c, c2);
        assertRepr("[1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]", binop(c, BinaryOp.MUL, 2));
        assertRepr("[0, 0, 0]", binop(list(0), BinaryOp.MUL, 3));
        assertRepr("[]", binop(-1, BinaryOp.MUL, c));
        assertRepr("[1, 2, 1, 2]", binop(2, BinaryOp.MUL, list(1, 2)));
        PyList d = list(1, 2);
        assertSame(d, binop(d, BinaryOp.INPLACE_MUL, 3));
        assertRepr("[1, 2, 1, 2, 1, 2]", d);
        binop(d, BinaryOp.INPLACE_MUL, 0);
        assertRepr("[]", d);
        assertRaises(PyExc.MemoryError, "", () -> binop(list(1), BinaryOp.MUL, 1L << 62));
        assertRaises(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer",
                () -> binop(list(1), BinaryOp.MUL, new java.math.BigInteger("100000000000000000000")));
    }

    @Test
    void indexing() {
        PyList a = list(1, 2, 3);
        assertRepr("3", getItem(a, -1));
        assertRaises(PyExc.IndexError, "list index out of range", () -> getItem(a, 3));
        assertRaises(PyExc.IndexError, "list index out of range", () -> getItem(a, -4));
        assertRaises(PyExc.TypeError, "list indices must be integers or slices, not str", () -> getItem(a, "x"));
        assertRaises(PyExc.IndexError, "cannot fit 'int' into an index-sized integer",
                () -> getItem(a, new java.math.BigInteger("100000000000000000000")));
        assertRaises(PyExc.IndexError, "list assignment index out of range", () -> Abstract.setItem(a, py(5), py(0)));
        assertRaises(PyExc.IndexError, "list assignment index out of range", () -> Abstract.delItem(a, py(9)));
        assertRaises(PyExc.TypeError, "list indices must be integers or slices, not str",
                () -> Abstract.setItem(a, py("a"), py(5)));
        assertRepr("2", getItem(a, true));
    }

    @Test
    void slices() {
        PyList b = toList(PyStr.of("abcdefgh"));
        assertRepr("['b', 'd', 'f']", getItem(b, slice(1, 6, 2)));
        assertRepr("['h', 'f', 'd']", getItem(b, slice(-1, -6, -2)));
        assertRepr("['g', 'f', 'e', 'd', 'c']", getItem(b, slice(6, 1, -1)));
        assertRepr("['a', 'd', 'g']", getItem(b, slice(null, null, 3)));
        Abstract.setItem(b, slice(1, 3, null), list("X", "Y", "Z"));
        Abstract.setItem(b, py(-1), py("!"));
        assertRepr("['a', 'X', 'Y', 'Z', 'd', 'e', 'f', 'g', '!']", b);
        assertRaises(PyExc.ValueError, "slice step cannot be zero", () -> getItem(b, slice(null, null, 0)));

        PyList a = toList(PyRange.of(0, 10, 1));
        Abstract.delItem(a, py(0));
        Abstract.delItem(a, py(-1));
        assertRepr("[1, 2, 3, 4, 5, 6, 7, 8]", a);
        Abstract.delItem(a, slice(2, 4, null));
        assertRepr("[1, 2, 5, 6, 7, 8]", a);
        Abstract.delItem(a, slice(null, null, 2));
        assertRepr("[2, 6, 8]", a);
        Abstract.delItem(a, slice(null, null, null));
        assertRepr("[]", a);
        PyList r = toList(PyRange.of(0, 10, 1));
        Abstract.delItem(r, slice(-1, null, -3));
        assertRepr("[1, 2, 4, 5, 7, 8]", r);

        PyList c = list(1, 2, 3);
        assertRaises(PyExc.ValueError, "attempt to assign sequence of size 1 to extended slice of size 2",
                () -> Abstract.setItem(c, slice(0, 3, 2), list(1)));
        assertRaises(PyExc.TypeError, "must assign iterable to extended slice",
                () -> Abstract.setItem(c, slice(0, 3, 2), py(5)));
        assertRaises(PyExc.TypeError, "can only assign an iterable", () -> Abstract.setItem(c, slice(0, 3, null), py(5)));
        Abstract.setItem(c, slice(null, null, -1), list(7, 8, 9));
        assertRepr("[9, 8, 7]", c);
        Abstract.setItem(c, slice(null, null, null), c);
        assertRepr("[9, 8, 7]", c);
        Abstract.setItem(c, slice(5, 2, null), list("x"));
        assertRepr("[9, 8, 7, 'x']", c);
        Abstract.setItem(c, slice(1, 1, null), PyStr.of("ab"));
        assertRepr("[9, 'a', 'b', 8, 7, 'x']", c);
    }

    @Test
    void operatorsAndErrors() {
        PyList a = list(1, 2, 3);
        assertRaises(PyExc.TypeError, "can only concatenate list (not \"tuple\") to list",
                () -> binop(a, BinaryOp.ADD, tuple(1)));
        assertRaises(PyExc.TypeError, "can only concatenate list (not \"int\") to list", () -> binop(a, BinaryOp.ADD, 1));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for -: 'list' and 'list'", () -> binop(a, BinaryOp.SUB, a));
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'list' and 'str'", () -> cmp(a, CompareOp.LT, "a"));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.hash(a));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> new PyDict().put(a, a));
        assertRaises(PyExc.AttributeError, "'list' object has no attribute 'nope'", () -> Abstract.getAttr(a, "nope"));
        assertSame(PyNone.NONE, PyList.TYPE.dict().get(PyStr.of("__hash__")));
        assertRepr("[1, 2, 3]", binop(list(1, 2), BinaryOp.ADD, list(3)));
        assertRepr("NotImplemented", call(list(1, 2), "__eq__", tuple(1, 2)));
    }

    @Test
    void comparisons() {
        assertTrue(eq(list(1, 2), list(1, 2)));
        assertFalse(eq(list(1, 2), list(2, 1)));
        assertFalse(eq(list(1, 2), tuple(1, 2)));
        assertTrue(eq(list(list()), list(list())));
        assertTrue(cmp(list(1, 2), CompareOp.LT, list(1, 2, 3)));
        assertTrue(cmp(list(2), CompareOp.GT, list(1, 99)));
        assertTrue(cmp(list(1, 2), CompareOp.LE, list(1, 2)));
        assertTrue(cmp(list(), CompareOp.LT, list(0)));
        assertTrue(cmp(list("a"), CompareOp.LT, list("b")));
        assertTrue(eq(list(true), list(1)));
        PyObject nan = PyFloat.of(Double.NaN);
        assertTrue(eq(list(nan), list(nan)));
        assertFalse(eq(list(PyFloat.of(Double.NaN)), list(PyFloat.of(Double.NaN))));
        assertTrue(Abstract.contains(list(1, 2, 3), py(2)));
        assertFalse(Abstract.contains(list(1, 2, 3), py(5)));
    }

    @Test
    void recursiveRepr() {
        PyList x = list();
        x.append(x);
        assertRepr("[[...]]", x);
        PyList y = list(1, 2);
        PyList z = list(y, y);
        assertRepr("[[1, 2], [1, 2]]", z);
        PyDict d = dict("k", x);
        assertRepr("{'k': [[...]]}", d);
    }

    @Test
    void sort() {
        PyList lst = list(5, 2, 9, 1, 5, 6);
        assertSame(PyNone.NONE, call(lst, "sort"));
        assertRepr("[1, 2, 5, 5, 6, 9]", lst);
        callKw(lst, "sort", new Object[0], "reverse", true);
        assertRepr("[9, 6, 5, 5, 2, 1]", lst);
        PyList words = list("banana", "Apple", "cherry", "apple", "Banana");
        callKw(words, "sort", new Object[0], "key", Abstract.getAttr(PyStr.TYPE, "lower"));
        assertRepr("['Apple', 'apple', 'banana', 'Banana', 'cherry']", words);
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'str' and 'int'",
                () -> call(list(1, "a", 2), "sort"));
        assertRaises(PyExc.TypeError, "sort() takes no positional arguments", () -> call(list(1), "sort", 1));
        assertRaises(PyExc.TypeError, "'x' is an invalid keyword argument for sort()",
                () -> callKw(list(), "sort", new Object[0], "x", 1));
        assertRaises(PyExc.TypeError, "'float' object cannot be interpreted as an integer",
                () -> callKw(list(3, 1), "sort", new Object[0], "reverse", 1.5));
        assertRaises(PyExc.TypeError, "'int' object is not callable",
                () -> callKw(list(2, 1), "sort", new Object[0], "key", 1));
        PyList stable = list(tuple(1, "a"), tuple(0, "b"), tuple(1, "c"), tuple(0, "d"));
        callKw(stable, "sort", new Object[0], "key", Abstract.getAttr(PyTuple.TYPE, "__len__"), "reverse", true);
        assertRepr("[(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]", stable);
        callKw(stable, "sort", new Object[0], "reverse", true);
        assertRepr("[(1, 'c'), (1, 'a'), (0, 'd'), (0, 'b')]", stable);
    }

    @Test
    void sortLargeStableAndExceptionSafe() {
        java.util.Random rnd = new java.util.Random(42);
        int n = 5000;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = tuple(rnd.nextInt(50), i);
        PyList l = PyList.wrap(items.clone());
        // key = first element only: stability keeps the second element increasing within equal keys
        l.sort(Abstract.getAttr(new PyObject(PyType.OBJECT) { }, "__class__") == null ? null
                : new PyGetItemKey(), false);
        for (int i = 1; i < n; i++) {
            PyTuple p = (PyTuple) l.get(i - 1), q = (PyTuple) l.get(i);
            long a = ((PyInt) p.get(0)).value, b = ((PyInt) q.get(0)).value;
            assertTrue(a < b || (a == b && ((PyInt) p.get(1)).value < ((PyInt) q.get(1)).value));
        }
        // partially sorted input (runs) and reversed runs
        PyObject[] runs = new PyObject[n];
        for (int i = 0; i < n; i++) runs[i] = PyInt.of((i / 100) % 2 == 0 ? i : n - i);
        PyList r = PyList.wrap(runs);
        r.sort(null, false);
        for (int i = 1; i < n; i++) assertTrue(((PyInt) r.get(i - 1)).value <= ((PyInt) r.get(i)).value);
        // an exception mid-sort leaves a permutation
        PyObject[] mixed = new PyObject[200];
        for (int i = 0; i < 200; i++) mixed[i] = i == 150 ? PyStr.of("x") : PyInt.of(rnd.nextInt(1000));
        PyList m = PyList.wrap(mixed.clone());
        assertThrows(PyException.class, () -> m.sort(null, false));
        assertEquals(200, m.size());
        java.util.Set<PyObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < 200; i++) seen.add(m.get(i));
        for (PyObject o : mixed) assertTrue(seen.contains(o));
    }

    /** A key function returning item[0], implemented in Java. */
    static final class PyGetItemKey extends PyObject {
        PyGetItemKey() { super(PyType.OBJECT); }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) { return ((PyTuple) args[0]).get(0); }
    }

    @Test
    void inconsistentComparisonDoesNotFail() {
        PyObject[] items = new PyObject[300];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < items.length; i++) items[i] = rnd.nextInt(5) == 0 ? PyFloat.of(Double.NaN) : PyFloat.of(rnd.nextDouble());
        PyList l = PyList.wrap(items);
        l.sort(null, false);
        assertEquals(300, l.size());
    }

    @Test
    void modifiedDuringSort() {
        PyList l = list(3, 2, 1);
        PyObject key = new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) {
                l.append(PyInt.of(0));
                return args[0];
            }
        };
        assertRaises(PyExc.ValueError, "list modified during sort", () -> l.sort(key, false));
        assertRepr("[1, 2, 3]", l);
    }

    @Test
    void iterators() {
        PyList l = list(1, 2, 3);
        PyObject it = Abstract.iter(l);
        assertEquals("list_iterator", it.type.name);
        assertRepr("3", call(it, "__length_hint__"));
        assertRepr("1", Abstract.next(it));
        l.append(PyInt.of(4));
        assertRepr("[2, 3, 4]", toList(it));
        assertNull(Abstract.next(it));
        PyObject rit = Abstract.callMethod(l, "__reversed__");
        assertEquals("list_reverseiterator", rit.type.name);
        assertRepr("4", call(rit, "__length_hint__"));
        assertRepr("[4, 3, 2, 1]", toList(rit));
        assertRaises(PyExc.StopIteration, "", () -> call(rit, "__next__"));
    }

    @Test
    void construction() {
        assertRepr("[]", builtin(PyList.TYPE));
        assertRepr("[0, 1, 2]", builtin(PyList.TYPE, PyRange.of(0, 3, 1)));
        assertRepr("['a', 'b']", builtin(PyList.TYPE, "ab"));
        assertRepr("[1, 2]", builtin(PyList.TYPE, tuple(1, 2)));
        assertRepr("['a', 'b']", builtin(PyList.TYPE, dict("a", 1, "b", 2)));
        PyList x = list(1);
        call(x, "__init__", list(7, 8));
        assertRepr("[7, 8]", x);
    }
}
