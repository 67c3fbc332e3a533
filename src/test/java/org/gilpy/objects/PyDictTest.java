package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** dict and its views, against CPython 3.11 (src/test/python/types_dict and the REPL). */
class PyDictTest {

    @Test
    void insertionOrder() {
        PyDict d = new PyDict();
        for (Object k : new Object[] {"zebra", "apple", "mango", 3, 1, 2, tuple(0), null}) {
            d.put(py(k), Abstract.str(py(k)));
        }
        assertRepr("['zebra', 'apple', 'mango', 3, 1, 2, (0,), None]", toList(d));
        d.put(py("apple"), py("updated"));
        assertRepr("[('zebra', 'zebra'), ('apple', 'updated'), ('mango', 'mango')]",
                getItem(toList(call(d, "items")), slice(null, 3, null)));
        Abstract.delItem(d, py("zebra"));
        d.put(py("zebra"), py("back"));
        assertRepr("['apple', 'mango', 3, 1, 2, (0,), None, 'zebra']", toList(d));
        assertRepr("['zebra', None, (0,), 2, 1, 3, 'mango', 'apple']", toList(Abstract.callMethod(d, "__reversed__")));
        assertRepr("['back', 'None']", getItem(toList(Abstract.callMethod(call(d, "values"), "__reversed__")),
                slice(null, 2, null)));
        assertRepr("('zebra', 'back')", Abstract.next(Abstract.callMethod(call(d, "items"), "__reversed__")));
        assertTrue(eq(dict(1, "a", 2, "b"), dict(2, "b", 1, "a")));
        assertRepr("{1: 'bool'}", dict(1, "int", true, "bool"));
    }

    @Test
    void manyKeysAndDeletes() {
        PyDict d = new PyDict();
        for (int i = 0; i < 1000; i++) d.put(PyInt.of(i), PyInt.of(i));
        assertEquals(1000, d.size());
        for (int i = 0; i < 1000; i += 2) assertNotNull(d.remove(PyInt.of(i)));
        assertEquals(500, d.size());
        assertRepr("[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]", getItem(toList(d), slice(null, 10, null)));
        d.put(PyInt.of(0), py("re-added"));
        assertRepr("'re-added'", d.get(PyInt.of(0)));
        assertRepr("0", getItem(toList(d), -1));
        for (int i = 0; i < 100000; i++) {
            d.put(PyInt.of(5000 + i), PyInt.of(i));
            d.remove(PyInt.of(5000 + i));
        }
        assertEquals(501, d.size());
        for (int i = 1; i < 1000; i += 2) assertRepr(Integer.toString(i), d.get(PyInt.of(i)));
        // popitem/insert cycles must not exhaust the table
        for (int i = 0; i < 10000; i++) {
            PyObject kv = call(d, "popitem");
            Abstract.setItem(d, ((PyTuple) kv).get(0), ((PyTuple) kv).get(1));
        }
        assertEquals(501, d.size());
        assertNull(d.get(PyStr.of("missing")));
    }

    @Test
    void methods() {
        PyDict d = dict("b", 2, "a", 1);
        Abstract.setItem(d, py("c"), py(3));
        assertRepr("{'b': 2, 'a': 1, 'c': 3}", d);
        assertRepr("None", call(d, "get", "z"));
        assertRepr("0", call(d, "get", "z", 0));
        assertRepr("1", call(d, "setdefault", "a", 100));
        assertRepr("4", call(d, "setdefault", "d", 4));
        assertRepr("None", call(d, "setdefault", "e"));
        assertRepr("{'b': 2, 'a': 1, 'c': 3, 'd': 4, 'e': None}", d);
        assertRepr("None", call(d, "pop", "e"));
        assertRepr("'default'", call(d, "pop", "zz", "default"));
        assertRaises(PyExc.KeyError, "'zz'", () -> call(d, "pop", "zz"));
        assertRepr("('d', 4)", call(d, "popitem"));
        assertRepr("('c', 3)", call(d, "popitem"));
        assertRepr("{'b': 2, 'a': 1}", d);
        callKw(d, "update", new Object[] {dict("x", 10)}, "y", 20);
        call(d, "update", list(tuple("z", 30), tuple("b", 22)));
        callKw(d, "update", new Object[0], "w", 0);
        assertRepr("{'b': 22, 'a': 1, 'x': 10, 'y': 20, 'z': 30, 'w': 0}", d);
        PyObject c = call(d, "copy");
        call(d, "clear");
        assertRepr("{}", d);
        assertRepr("{'b': 22, 'a': 1, 'x': 10, 'y': 20, 'z': 30, 'w': 0}", c);
        assertRaises(PyExc.KeyError, "'popitem(): dictionary is empty'", () -> call(new PyDict(), "popitem"));
        PyObject fromkeys = Abstract.getAttr(PyDict.TYPE, "fromkeys");
        assertRepr("{'a': None, 'b': None, 'c': None}", Abstract.call(fromkeys, py("abc")));
        assertRepr("{1: 0, 2: 0}", Abstract.call(fromkeys, list(1, 2), py(0)));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> call(d, "update", 5));
        assertRaises(PyExc.ValueError, "dictionary update sequence element #0 has length 3; 2 is required",
                () -> call(d, "update", list(tuple(1, 2, 3))));
        assertRaises(PyExc.ValueError, "dictionary update sequence element #1 has length 3; 2 is required",
                () -> call(d, "update", list("ab", "cde")));
        assertRepr("{'a': 'b'}", d);
        assertRaises(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence",
                () -> call(d, "update", list(1)));
        assertRaises(PyExc.TypeError, "get expected at least 1 argument, got 0", () -> call(d, "get"));
        assertRaises(PyExc.TypeError, "get expected at most 2 arguments, got 3", () -> call(d, "get", 1, 2, 3));
        assertRaises(PyExc.TypeError, "update expected at most 1 argument, got 2", () -> call(d, "update", 1, 2));
        assertRaises(PyExc.TypeError, "fromkeys expected at least 1 argument, got 0", () -> Abstract.call(fromkeys));
        assertRaises(PyExc.TypeError, "dict.popitem() takes no arguments (1 given)", () -> call(d, "popitem", 1));
        assertRaises(PyExc.TypeError, "dict expected at most 1 argument, got 2", () -> builtin(PyDict.TYPE, 1, 2));
    }

    @Test
    void construction() {
        assertRepr("{}", builtin(PyDict.TYPE));
        assertRepr("{'a': 1}", builtin(PyDict.TYPE, list(tuple("a", 1))));
        assertRepr("{'a': 1, 'b': 2}", PyDict.TYPE.call(pys(1, 2), new String[] {"a", "b"}));
        assertRepr("{'a': 2}", PyDict.TYPE.call(pys(dict("a", 1), 2), new String[] {"a"}));
        assertRaises(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence",
                () -> builtin(PyDict.TYPE, list(1, 2)));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> builtin(PyDict.TYPE, 1));
    }

    @Test
    void keyErrorsAndHashing() {
        PyDict d = dict("a", 1, tuple(1, 2), "tuple", 3, "int", null, "none");
        PyBaseException e = assertRaises(PyExc.KeyError, "'missing'", () -> getItem(d, "missing"));
        assertRepr("KeyError('missing')", e);
        assertRepr("('missing',)", e.args);
        assertRaises(PyExc.KeyError, "(1, 3)", () -> getItem(d, tuple(1, 3)));
        assertRaises(PyExc.KeyError, "''", () -> getItem(d, ""));
        assertRepr("'tuple'", getItem(d, tuple(1, 2)));
        assertRepr("'none'", getItem(d, null));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.setItem(d, list(1), py(1)));
        assertRaises(PyExc.TypeError, "unhashable type: 'dict'", () -> getItem(d, new PyDict()));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> call(new PyDict(), "get", list()));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.contains(new PyDict(), list()));
        assertRaises(PyExc.KeyError, "'zz'", () -> Abstract.delItem(d, py("zz")));
    }

    @Test
    void mergeOperators() {
        PyDict a = dict("x", 1, "y", 2), b = dict("y", 20, "z", 30);
        assertRepr("{'x': 1, 'y': 20, 'z': 30}", binop(a, BinaryOp.OR, b));
        assertRepr("{'y': 2, 'z': 30, 'x': 1}", binop(b, BinaryOp.OR, a));
        assertRepr("{'x': 1, 'y': 2}", a);
        PyObject c = binop(a, BinaryOp.INPLACE_OR, b);
        assertSame(a, c);
        binop(a, BinaryOp.INPLACE_OR, list(tuple("w", 0)));
        assertRepr("{'x': 1, 'y': 20, 'z': 30, 'w': 0}", a);
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for |: 'dict' and 'list'",
                () -> binop(a, BinaryOp.OR, list(tuple("k", 1))));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for +: 'dict' and 'dict'", () -> binop(a, BinaryOp.ADD, b));
        assertRaises(PyExc.TypeError, "'<' not supported between instances of 'dict' and 'dict'",
                () -> cmp(dict(1, 1), CompareOp.LT, dict(1, 1)));
        assertTrue(eq(dict(1, 1), dict(1, 1.0)));
        assertFalse(eq(dict(1, 1), dict(1, 2)));
        assertRepr("NotImplemented", call(a, "__or__", 1));
    }

    @Test
    void starStarMerge() {
        PyDict d = dict("x", 1);
        d.updateFromMapping(dict("y", 2));
        assertRepr("{'x': 1, 'y': 2}", d);
        assertRaises(PyExc.TypeError, "'list' object is not a mapping", () -> d.updateFromMapping(list(1)));
        d.updateFromMapping(new PyMappingProxy(dict("z", 3)));
        assertRepr("{'x': 1, 'y': 2, 'z': 3}", d);
    }

    @Test
    void reprRecursion() {
        PyDict a = new PyDict();
        a.put(PyStr.of("self"), a);
        assertRepr("{'self': {...}}", a);
        assertRepr("{'q': \"it's\"}", dict("q", "it's"));
    }

    @Test
    void iteratorsAndMutation() {
        PyDict d = dict("x", 1, "y", 2);
        PyObject it = Abstract.iter(d);
        assertEquals("dict_keyiterator", it.type.name);
        assertRepr("'x'", Abstract.next(it));
        assertEquals("dict_itemiterator", Abstract.iter(call(d, "items")).type.name);
        assertEquals("dict_valueiterator", Abstract.iter(call(d, "values")).type.name);
        assertEquals("dict_reversekeyiterator", Abstract.callMethod(d, "__reversed__").type.name);
        assertEquals("dict_reverseitemiterator", Abstract.callMethod(call(d, "items"), "__reversed__").type.name);
        assertRepr("1", call(it, "__length_hint__"));

        PyDict m = dict("a", 1, "b", 2);
        PyObject it2 = Abstract.iter(m);
        Abstract.next(it2);
        m.put(PyStr.of("new"), py(1));
        assertRaises(PyExc.RuntimeError, "dictionary changed size during iteration", () -> Abstract.next(it2));
        assertRaises(PyExc.RuntimeError, "dictionary changed size during iteration", () -> Abstract.next(it2));
        PyObject it3 = Abstract.iter(m);
        PyObject k = Abstract.next(it3);
        m.remove(k);
        assertRaises(PyExc.RuntimeError, "dictionary changed size during iteration", () -> Abstract.next(it3));
        PyDict n = dict(1, 1, 2, 2, 3, 3);
        PyObject it4 = Abstract.iter(n);
        Abstract.next(it4);
        n.remove(PyInt.of(1));
        n.put(PyInt.of(4), PyInt.of(4));
        assertRepr("2", Abstract.next(it4));
        assertRepr("3", Abstract.next(it4));
        assertRaises(PyExc.RuntimeError, "dictionary keys changed during iteration", () -> Abstract.next(it4));
    }

    @Test
    void views() {
        PyDict d = dict("a", 1, "b", 2, "c", 3);
        PyObject k = call(d, "keys"), v = call(d, "values"), i = call(d, "items");
        assertRepr("dict_keys(['a', 'b', 'c'])", k);
        assertRepr("dict_values([1, 2, 3])", v);
        assertRepr("dict_items([('a', 1), ('b', 2), ('c', 3)])", i);
        d.put(PyStr.of("d"), py(4));
        assertEquals(4, Abstract.len(k));
        assertTrue(Abstract.contains(k, py("a")));
        assertTrue(Abstract.contains(v, py(4)));
        assertTrue(Abstract.contains(i, tuple("a", 1)));
        assertFalse(Abstract.contains(i, tuple("a", 2)));
        assertFalse(Abstract.contains(i, py(1)));
        assertRepr("['a']", Abstract.callMethod(PyList.TYPE, "__call__", binop(k, BinaryOp.AND, set("a", "z"))) == null ? null
                : sorted(binop(k, BinaryOp.AND, set("a", "z"))));
        assertRepr("['a', 'b', 'c', 'd', 'z']", sorted(binop(k, BinaryOp.OR, set("z"))));
        assertRepr("['b', 'c', 'd']", sorted(binop(k, BinaryOp.SUB, set("a"))));
        assertRepr("['b', 'c', 'd', 'z']", sorted(binop(k, BinaryOp.XOR, set("a", "z"))));
        assertRepr("[('a', 1)]", sorted(binop(i, BinaryOp.AND, set(tuple("a", 1), tuple("b", 0)))));
        assertRepr("[('b', 2), ('c', 3), ('d', 4)]", sorted(binop(i, BinaryOp.SUB, set(tuple("a", 1)))));
        assertEquals("set", binop(k, BinaryOp.AND, set("a")).type.name);
        assertTrue(eq(k, set("a", "b", "c", "d")));
        assertTrue(cmp(k, CompareOp.LE, set("a", "b", "c", "d", "e")));
        assertFalse(cmp(k, CompareOp.LT, set("a")));
        assertTrue(Abstract.isTrue(call(k, "isdisjoint", set("x"))));
        assertFalse(Abstract.isTrue(call(k, "isdisjoint", list("a"))));
        assertRepr("['x', 'y']", sorted(binop(call(dict("x", 1), "keys"), BinaryOp.OR, list("y"))));
        assertRepr("['x', 'y']", sorted(binop(list("y"), BinaryOp.OR, call(dict("x", 1), "keys"))));
        PyDict e = dict("a", 1);
        assertTrue(eq(call(e, "keys"), call(dict("a", 2), "keys")));
        assertFalse(eq(call(e, "items"), call(dict("a", 2), "items")));
        assertFalse(eq(call(e, "values"), call(e, "values")));
        assertFalse(eq(call(dict(1, 2), "keys"), list(1)));
        assertRaises(PyExc.TypeError, "'dict_keys' object is not subscriptable", () -> getItem(k, 0));
        assertRaises(PyExc.TypeError, "unhashable type: 'dict_keys'", () -> Abstract.hash(k));
        assertRaises(PyExc.TypeError, "unsupported operand type(s) for |: 'dict_values' and 'list'",
                () -> binop(v, BinaryOp.OR, list(1)));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> binop(k, BinaryOp.OR, 1));
        assertRaises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.contains(call(dict(1, list()), "items"), tuple(list(), 1)));
        assertTrue(Abstract.contains(call(dict(1, list()), "items"), tuple(1, list())));
        assertRepr("mappingproxy({1: 2})", Abstract.getAttr(call(dict(1, 2), "keys"), "mapping"));
        assertRepr("[(3, 4), (1, 2)]", toList(Abstract.callMethod(call(dict(1, 2, 3, 4), "items"), "__reversed__")));
        assertRepr("{(1, 2), (3, 4)}", binop(call(dict(1, 2), "items"), BinaryOp.OR, list(tuple(3, 4))));
        assertRepr("{5}", binop(list(1, 5), BinaryOp.XOR, call(dict(1, 2), "keys")));
    }

    static PyObject sorted(PyObject iterable) {
        PyList l = PyList.fromIterable(iterable);
        l.sort(null, false);
        return l;
    }

    @Test
    void missingAndSubclassBehaviour() {
        PyType counter = PyType.heap(PyType.TYPE, "Counter", new PyType[] {PyDict.TYPE}, new PyDict());
        counter.factory = PyDict.TYPE.factory;
        counter.hasInstanceDict = true;  // what ClassBuilder decides for a class without __slots__
        PyDict c = (PyDict) counter.newInstance();
        assertRaises(PyExc.KeyError, "'z'", () -> PyDict.getItem(c, py("z")));
        assertNotNull(c.getDict());
        assertEquals("dict", call(c, "copy").type.name);
        assertEquals("dict", binop(new PyDict(), BinaryOp.OR, c).type.name);
    }

    @Test
    void userHashExceptionsPropagate() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__hash__"), new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) { throw PyErr.valueError("bad hash"); }
        });
        PyType badHash = PyType.heap(PyType.TYPE, "BadHash", new PyType[] {PyType.OBJECT}, ns);
        badHash.factory = PyInstance::new;
        PyObject bad = badHash.newInstance();
        assertRaises(PyExc.ValueError, "bad hash", () -> new PyDict().put(bad, bad));
        assertRaises(PyExc.ValueError, "bad hash", () -> new PyDict().get(bad));
        assertRaises(PyExc.ValueError, "bad hash", () -> set().addItem(bad));
    }
}
