package org.gilpy.objects;

import static org.gilpy.objects.PyStrTest.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests of bytearray. The generated cases were produced by running each commented Python
 * expression under CPython 3.11.7 and recording its repr or its exception.
 */
class PyByteArrayTest {
    @Test
    void unhashable() {
        raises("TypeError", "unhashable type: 'bytearray'", () -> PyInt.of(Abstract.hash(new PyByteArray(new byte[] {1}))));
        eq("None", attr(PyByteArray.TYPE, "__hash__"));
    }

    @Test
    void iteratorSeesMutation() {
        PyByteArray x = new PyByteArray(new byte[] {1, 2});
        PyObject it = Abstract.iter(x);
        eq("1", Abstract.next(it));
        m(x, "append", null, i(3));
        eq("2", Abstract.next(it));
        eq("3", Abstract.next(it));
        assertEquals(null, Abstract.next(it));
    }

    @Test
    void appendsAreAmortized() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            PyByteArray x = new PyByteArray(new byte[0]);
            for (int k = 0; k < 1_000_000; k++) x.append(i(k & 0x7F));
            PyObject y = x;
            for (int k = 0; k < 100_000; k++) y = op("+=", y, b("ab"));
            assertSame(x, y);
            assertEquals(1_200_000, x.size());
        });
    }

    @Test
    void subclassRepr() {
        PyType sub = ClassBuilder.create(PyType.TYPE, "B", new PyType[] {PyByteArray.TYPE}, new PyDict());
        PyObject x = Abstract.call(sub, b("q"));
        Abstract.setAttr(x, "x", i(1));
        eq("1", attr(x, "x"));
        eq("B(b'q')", x);
        eq("'bytearray'", typeName(op("+", x, b(""))));
        eq("'bytearray'", typeName(m(x, "copy", null)));
    }

    // ---- GENERATED from CPython 3.11.7 (one case per commented expression) ----

    @Test
    void construction() {
        // bytearray(b"abc")
        eq("bytearray(b'abc')", callKw(PyByteArray.TYPE, null, b("abc")));
        // bytearray()
        eq("bytearray(b'')", callKw(PyByteArray.TYPE, null));
        // bytearray(2)
        eq("bytearray(b'\\x00\\x00')", callKw(PyByteArray.TYPE, null, i(2L)));
        // bytearray([1, 2, 255])
        eq("bytearray(b'\\x01\\x02\\xff')", callKw(PyByteArray.TYPE, null, lst(i(1L), i(2L), i(255L))));
        // bytearray("\\u00e9", "latin-1")
        eq("bytearray(b'\\xe9')", callKw(PyByteArray.TYPE, null, s("\u00e9"), s("latin-1")));
        // repr(bytearray(b"x'y"))
        eq("'bytearray(b\"x\\\\\\'y\")'", repr(callKw(PyByteArray.TYPE, null, b("x'y"))));
        // bytearray(b"x", "ascii")
        raises("TypeError", "encoding without a string argument", () -> callKw(PyByteArray.TYPE, null, b("x"), s("ascii")));
        // bytearray("x")
        raises("TypeError", "string argument without an encoding", () -> callKw(PyByteArray.TYPE, null, s("x")));
        // bytearray(-1)
        raises("ValueError", "negative count", () -> callKw(PyByteArray.TYPE, null, i(-1L)));
        // bytearray([256])
        raises("ValueError", "byte must be in range(0, 256)", () -> callKw(PyByteArray.TYPE, null, lst(i(256L))));
        // bytearray(1.5)
        raises("TypeError", "cannot convert 'float' object to bytearray", () -> callKw(PyByteArray.TYPE, null, f(1.5)));
        // bytearray(iter([65]))
        eq("bytearray(b'A')", callKw(PyByteArray.TYPE, null, iter(lst(i(65L)))));
        // bytearray(bytearray(b"mv"))
        eq("bytearray(b'mv')", callKw(PyByteArray.TYPE, null, callKw(PyByteArray.TYPE, null, b("mv"))));
        // bytearray.fromhex("0a0B")
        eq("bytearray(b'\\n\\x0b')", m(PyByteArray.TYPE, "fromhex", null, s("0a0B")));
        // bytearray(b"\x01").hex()
        eq("'01'", m(callKw(PyByteArray.TYPE, null, b("\u0001")), "hex", null));
        // str(bytearray(b"q"))
        eq("\"bytearray(b'q')\"", callKw(PyStr.TYPE, null, callKw(PyByteArray.TYPE, null, b("q"))));
        // bytearray(source=b"s")
        eq("bytearray(b's')", callKw(PyByteArray.TYPE, kw("source"), b("s")));
        // bytearray(x=1)
        raises("TypeError", "'x' is an invalid keyword argument for bytearray()", () -> callKw(PyByteArray.TYPE, kw("x"), i(1L)));
        // bytearray(b"a", 1, 2, 3)
        raises("TypeError", "bytearray() takes at most 3 arguments (4 given)", () -> callKw(PyByteArray.TYPE, null, b("a"), i(1L), i(2L), i(3L)));
    }

    @Test
    void methodsReturnBytearrays() {
        // x = bytearray(b"Hello World"); x.upper()
        eq("bytearray(b'HELLO WORLD')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "upper", null); });
        // x = bytearray(b"Hello World"); x.lower()
        eq("bytearray(b'hello world')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "lower", null); });
        // x = bytearray(b"Hello World"); x.replace(b"o", b"0")
        eq("bytearray(b'Hell0 W0rld')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "replace", null, b("o"), b("0")); });
        // x = bytearray(b"Hello World"); x.strip(b"Hd")
        eq("bytearray(b'ello Worl')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "strip", null, b("Hd")); });
        // x = bytearray(b"Hello World"); x[1:4]
        eq("bytearray(b'ell')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return item(x, slice(i(1L), i(4L), null)); });
        // x = bytearray(b"Hello World"); x * 2
        eq("bytearray(b'Hello WorldHello World')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return op("*", x, i(2L)); });
        // x = bytearray(b"Hello World"); x + b"!"
        eq("bytearray(b'Hello World!')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return op("+", x, b("!")); });
        // x = bytearray(b"Hello World"); x.center(15)
        eq("bytearray(b'  Hello World  ')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "center", null, i(15L)); });
        // x = bytearray(b"Hello World"); x.title()
        eq("bytearray(b'Hello World')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "title", null); });
        // x = bytearray(b"Hello World"); x.zfill(13)
        eq("bytearray(b'00Hello World')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "zfill", null, i(13L)); });
        // x = bytearray(b"Hello World"); x.split()
        eq("[bytearray(b'Hello'), bytearray(b'World')]", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "split", null); });
        // x = bytearray(b"Hello World"); x.partition(b" ")
        eq("(bytearray(b'Hello'), bytearray(b' '), bytearray(b'World'))", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "partition", null, b(" ")); });
        // x = bytearray(b"Hello World"); x.rpartition(b"z")
        eq("(bytearray(b''), bytearray(b''), bytearray(b'Hello World'))", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "rpartition", null, b("z")); });
        // x = bytearray(b"Hello World"); x == b"Hello World"
        eq("True", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return op("==", x, b("Hello World")); });
        // x = bytearray(b"Hello World"); x.find(b"World")
        eq("6", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "find", null, b("World")); });
        // x = bytearray(b"Hello World"); x.decode()
        eq("'Hello World'", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "decode", null); });
        // x = bytearray(b"Hello World"); bytes(x)
        eq("b'Hello World'", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return callKw(PyBytes.TYPE, null, x); });
        // x = bytearray(b"Hello World"); x.hex(" ")
        eq("'48 65 6c 6c 6f 20 57 6f 72 6c 64'", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("Hello World")); return m(x, "hex", null, s(" ")); });
        // x = bytearray(b"abc"); y = x.strip(); y is x
        eq("False", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); PyObject y = m(x, "strip", null); return op("is", y, x); });
        // x = bytearray(b"abc"); x.replace(b"z", b"y")
        eq("bytearray(b'abc')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); return m(x, "replace", null, b("z"), b("y")); });
        // bytearray(b", ").join([b"a", bytearray(b"b")])
        eq("bytearray(b'a, b')", m(callKw(PyByteArray.TYPE, null, b(", ")), "join", null, lst(b("a"), callKw(PyByteArray.TYPE, null, b("b")))));
        // type(bytearray(b",").join([])).__name__
        eq("'bytearray'", typeName(m(callKw(PyByteArray.TYPE, null, b(",")), "join", null, lst())));
        // bytearray(b"abc").translate(None, b"b")
        eq("bytearray(b'ac')", m(callKw(PyByteArray.TYPE, null, b("abc")), "translate", null, NONE, b("b")));
        // bytearray(b"a\tb").expandtabs(2)
        eq("bytearray(b'a b')", m(callKw(PyByteArray.TYPE, null, b("a\tb")), "expandtabs", null, i(2L)));
        // bytearray(b"a\nb").splitlines()
        eq("[bytearray(b'a'), bytearray(b'b')]", m(callKw(PyByteArray.TYPE, null, b("a\nb")), "splitlines", null));
        // bytearray(b"%s") % b"x"
        eq("bytearray(b'x')", op("%", callKw(PyByteArray.TYPE, null, b("%s")), b("x")));
        // bytearray(b"ab").removeprefix(b"a")
        eq("bytearray(b'b')", m(callKw(PyByteArray.TYPE, null, b("ab")), "removeprefix", null, b("a")));
        // bytearray(b"ab").isalpha()
        eq("True", m(callKw(PyByteArray.TYPE, null, b("ab")), "isalpha", null));
        // bytearray(b"ab").count(b"a")
        eq("1", m(callKw(PyByteArray.TYPE, null, b("ab")), "count", null, b("a")));
        // bytearray(b"ab").index(b"b")
        eq("1", m(callKw(PyByteArray.TYPE, null, b("ab")), "index", null, b("b")));
    }

    @Test
    void mutation() {
        // x = bytearray(b"hello"); x[0] = 72; x
        eq("bytearray(b'Hello')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hello")); setitem(x, i(0L), i(72L)); return x; });
        // x = bytearray(b"hello"); x[1:3] = b"EY"; x
        eq("bytearray(b'hEYlo')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hello")); setitem(x, slice(i(1L), i(3L), null), b("EY")); return x; });
        // x = bytearray(b"hello"); x[5:] = b" world"; x
        eq("bytearray(b'hello world')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hello")); setitem(x, slice(i(5L), null, null), b(" world")); return x; });
        // x = bytearray(b"hi"); x.append(33); x.extend(b"??"); x.extend([1, 2]); x
        eq("bytearray(b'hi!??\\x01\\x02')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hi")); m(x, "append", null, i(33L)); m(x, "extend", null, b("??")); m(x, "extend", null, lst(i(1L), i(2L))); return x; });
        // x = bytearray(b"hi"); x.insert(0, 62); x
        eq("bytearray(b'>hi')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hi")); m(x, "insert", null, i(0L), i(62L)); return x; });
        // x = bytearray(b"hi"); x.insert(-1, 62); x
        eq("bytearray(b'h>i')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hi")); m(x, "insert", null, i(-1L), i(62L)); return x; });
        // x = bytearray(b"hi"); x.insert(100, 62); x
        eq("bytearray(b'hi>')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("hi")); m(x, "insert", null, i(100L), i(62L)); return x; });
        // x = bytearray(b"xyz"); x.pop()
        eq("122", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("xyz")); return m(x, "pop", null); });
        // x = bytearray(b"xyz"); x.pop(0)
        eq("120", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("xyz")); return m(x, "pop", null, i(0L)); });
        // x = bytearray(b"xyz"); x.pop(0); x
        eq("bytearray(b'yz')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("xyz")); m(x, "pop", null, i(0L)); return x; });
        // x = bytearray(b"a?b?"); x.remove(63); x
        eq("bytearray(b'ab?')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("a?b?")); m(x, "remove", null, i(63L)); return x; });
        // x = bytearray(b"abcd"); del x[-1]; del x[:2]; x
        eq("bytearray(b'c')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcd")); delitem(x, i(-1L)); delitem(x, slice(null, i(2L), null)); return x; });
        // x = bytearray(b"abc"); x.reverse(); x
        eq("bytearray(b'cba')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); m(x, "reverse", null); return x; });
        // x = bytearray(b"ab"); x += b"++"; x *= 2; x
        eq("bytearray(b'ab++ab++')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); x = op("+=", x, b("++")); x = op("*=", x, i(2L)); return x; });
        // x = bytearray(b"ab"); y = x; x += b"c"; y
        eq("bytearray(b'abc')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); PyObject y = x; x = op("+=", x, b("c")); return y; });
        // x = bytearray(b"ab"); c = x.copy(); x.clear(); (x, c)
        eq("(bytearray(b''), bytearray(b'ab'))", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); PyObject c = m(x, "copy", null); m(x, "clear", null); return tup(x, c); });
        // x = bytearray(b"abcdef"); x[::2] = b"XYZ"; x
        eq("bytearray(b'XbYdZf')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(null, null, i(2L)), b("XYZ")); return x; });
        // x = bytearray(b"abcdef"); x[::2] = b"12"
        raises("ValueError", "attempt to assign bytes of size 2 to extended slice of size 3", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(null, null, i(2L)), b("12")); return NONE; });
        // x = bytearray(b"abcdef"); x[1:2] = []; x
        eq("bytearray(b'acdef')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(i(1L), i(2L), null), lst()); return x; });
        // x = bytearray(b"abcdef"); del x[::2]; x
        eq("bytearray(b'bdf')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); delitem(x, slice(null, null, i(2L))); return x; });
        // x = bytearray(b"abcdef"); x[1:3] = [65, 66, 67]; x
        eq("bytearray(b'aABCdef')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(i(1L), i(3L), null), lst(i(65L), i(66L), i(67L))); return x; });
        // x = bytearray(b"abcdef"); x[1:3] = bytearray(b"Z"); x
        eq("bytearray(b'aZdef')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(i(1L), i(3L), null), callKw(PyByteArray.TYPE, null, b("Z"))); return x; });
        // x = bytearray(b"abcdef"); x[::-2] = b"123"; x
        eq("bytearray(b'a3c2e1')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); setitem(x, slice(null, null, i(-2L)), b("123")); return x; });
        // x = bytearray(b"abc"); x[5:] = b"zz"; x
        eq("bytearray(b'abczz')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(5L), null, null), b("zz")); return x; });
        // x = bytearray(b"abc"); x[1:2] = x; x
        eq("bytearray(b'aabcc')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(1L), i(2L), null), x); return x; });
        // x = bytearray(b"abc"); x[0:0] = b"pre-"; x
        eq("bytearray(b'pre-abc')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(0L), i(0L), null), b("pre-")); return x; });
        // x = bytearray(b"abc"); del x[5:]; del x[-10:1]; x
        eq("bytearray(b'bc')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); delitem(x, slice(i(5L), null, null)); delitem(x, slice(i(-10L), i(1L), null)); return x; });
        // x = bytearray(); x.append(True); x
        eq("bytearray(b'\\x01')", () -> { PyObject x = callKw(PyByteArray.TYPE, null); m(x, "append", null, T); return x; });
        // x = bytearray(b"abcdef"); del x[::-2]; x
        eq("bytearray(b'ace')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); delitem(x, slice(null, null, i(-2L))); return x; });
        // x = bytearray(b"abcdef"); del x[4:1:-1]; x
        eq("bytearray(b'abf')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abcdef")); delitem(x, slice(i(4L), i(1L), i(-1L))); return x; });
        // x = bytearray(b"abc"); x[3:1] = b"XY"; x
        eq("bytearray(b'abcXY')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(3L), i(1L), null), b("XY")); return x; });
        // x = bytearray(b"abc"); x[-1] = 0; x
        eq("bytearray(b'ab\\x00')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, i(-1L), i(0L)); return x; });
        // x = bytearray(b"abc"); x *= 0; x
        eq("bytearray(b'')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); x = op("*=", x, i(0L)); return x; });
        // x = bytearray(b"abc"); x *= -1; x
        eq("bytearray(b'')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); x = op("*=", x, i(-1L)); return x; });
        // x = bytearray(b"abc"); x.extend(iter([1, 2])); x.extend(bytearray(b"q")); x
        eq("bytearray(b'abc\\x01\\x02q')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); m(x, "extend", null, iter(lst(i(1L), i(2L)))); m(x, "extend", null, callKw(PyByteArray.TYPE, null, b("q"))); return x; });
        // x = bytearray(b"ab"); x[True] = 65; x
        eq("bytearray(b'aA')", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); setitem(x, T, i(65L)); return x; });
    }

    @Test
    void mutationErrors() {
        // bytearray(b"a").append(256)
        raises("ValueError", "byte must be in range(0, 256)", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "append", null, i(256L)));
        // bytearray(b"a").remove(120)
        raises("ValueError", "value not found in bytearray", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "remove", null, i(120L)));
        // bytearray().pop()
        raises("IndexError", "pop from empty bytearray", () -> m(callKw(PyByteArray.TYPE, null), "pop", null));
        // x = bytearray(b"a"); x[0] = -1
        raises("ValueError", "byte must be in range(0, 256)", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("a")); setitem(x, i(0L), i(-1L)); return NONE; });
        // bytearray(b"a").append("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "append", null, s("x")));
        // x = bytearray(b"abc"); x[0:1] = 5
        raises("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(0L), i(1L), null), i(5L)); return NONE; });
        // x = bytearray(b"abc"); x[0:1] = "x"
        raises("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(i(0L), i(1L), null), s("x")); return NONE; });
        // x = bytearray(b"abc"); x[::2] = b"xyz"
        raises("ValueError", "attempt to assign bytes of size 3 to extended slice of size 2", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, slice(null, null, i(2L)), b("xyz")); return NONE; });
        // x = bytearray(b"abc"); x[0] = "x"
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, i(0L), s("x")); return NONE; });
        // x = bytearray(b"abc"); x[0] = 256
        raises("ValueError", "byte must be in range(0, 256)", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, i(0L), i(256L)); return NONE; });
        // bytearray(b"abc").extend("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(callKw(PyByteArray.TYPE, null, b("abc")), "extend", null, s("x")));
        // bytearray(b"abc").extend(5)
        raises("TypeError", "can't extend bytearray with int", () -> m(callKw(PyByteArray.TYPE, null, b("abc")), "extend", null, i(5L)));
        // bytearray(b"abc").extend([1, "x"])
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(callKw(PyByteArray.TYPE, null, b("abc")), "extend", null, lst(i(1L), s("x"))));
        // x = bytearray(b"ab"); x += "s"
        raises("TypeError", "can't concat str to bytearray", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); x = op("+=", x, s("s")); return NONE; });
        // x = bytearray(b"ab"); x *= 1.5
        raises("TypeError", "can't multiply sequence by non-int of type 'float'", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); x = op("*=", x, f(1.5)); return NONE; });
        // bytearray(b"a").pop(5)
        raises("IndexError", "pop index out of range", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "pop", null, i(5L)));
        // bytearray(b"a").remove(5)
        raises("ValueError", "value not found in bytearray", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "remove", null, i(5L)));
        // bytearray(b"a").insert(0, 300)
        raises("ValueError", "byte must be in range(0, 256)", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "insert", null, i(0L), i(300L)));
        // bytearray(b"a").insert("x", 3)
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "insert", null, s("x"), i(3L)));
        // x = bytearray(b"abc"); del x[10]
        raises("IndexError", "bytearray index out of range", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); delitem(x, i(10L)); return NONE; });
        // x = bytearray(b"abc"); x["x"] = 1
        raises("TypeError", "bytearray indices must be integers or slices, not str", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); setitem(x, s("x"), i(1L)); return NONE; });
        // bytearray(b"a").pop("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "pop", null, s("x")));
        // x = bytearray(b"ab"); x[1:1] = 3
        raises("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); setitem(x, slice(i(1L), i(1L), null), i(3L)); return NONE; });
        // bytearray(b"abc")[10]
        raises("IndexError", "bytearray index out of range", () -> item(callKw(PyByteArray.TYPE, null, b("abc")), i(10L)));
        // bytearray(b"abc")["x"]
        raises("TypeError", "bytearray indices must be integers or slices, not str", () -> item(callKw(PyByteArray.TYPE, null, b("abc")), s("x")));
        // x = bytearray(b"abc"); del x["x"]
        raises("TypeError", "bytearray indices must be integers or slices, not str", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); delitem(x, s("x")); return NONE; });
        // bytearray(b"a").append()
        raises("TypeError", "bytearray.append() takes exactly one argument (0 given)", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "append", null));
        // bytearray(b"a").pop(0, 1)
        raises("TypeError", "pop expected at most 1 argument, got 2", () -> m(callKw(PyByteArray.TYPE, null, b("a")), "pop", null, i(0L), i(1L)));
        // x = bytearray(b"ab"); x[5] = 1
        raises("IndexError", "bytearray index out of range", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("ab")); setitem(x, i(5L), i(1L)); return NONE; });
    }

    @Test
    void protocol() {
        // bytearray(b"abc") == b"abc"
        eq("True", op("==", callKw(PyByteArray.TYPE, null, b("abc")), b("abc")));
        // bytearray(b"abc") < b"abd"
        eq("True", op("<", callKw(PyByteArray.TYPE, null, b("abc")), b("abd")));
        // bytearray(b"a") == "a"
        eq("False", op("==", callKw(PyByteArray.TYPE, null, b("a")), s("a")));
        // bytearray(b"a") < "a"
        raises("TypeError", "'<' not supported between instances of 'bytearray' and 'str'", () -> op("<", callKw(PyByteArray.TYPE, null, b("a")), s("a")));
        // b"b" in bytearray(b"abc")
        eq("True", op("in", b("b"), callKw(PyByteArray.TYPE, null, b("abc"))));
        // 98 in bytearray(b"abc")
        eq("True", op("in", i(98L), callKw(PyByteArray.TYPE, null, b("abc"))));
        // len(bytearray(b"abc"))
        eq("3", len(callKw(PyByteArray.TYPE, null, b("abc"))));
        // list(bytearray(b"ab"))
        eq("[97, 98]", list(callKw(PyByteArray.TYPE, null, b("ab"))));
        // iterNames(bytearray(b"x"))
        eq("'bytearray_iterator'", iterNames(callKw(PyByteArray.TYPE, null, b("x"))));
        // bytearray(b"abc")[1]
        eq("98", item(callKw(PyByteArray.TYPE, null, b("abc")), i(1L)));
        // bytearray(b"abc")[-1]
        eq("99", item(callKw(PyByteArray.TYPE, null, b("abc")), i(-1L)));
        // bytearray(b"abcdef")[::2]
        eq("bytearray(b'ace')", item(callKw(PyByteArray.TYPE, null, b("abcdef")), slice(null, null, i(2L))));
        // bytearray(b"ab") * 2
        eq("bytearray(b'abab')", op("*", callKw(PyByteArray.TYPE, null, b("ab")), i(2L)));
        // 2 * bytearray(b"ab")
        eq("bytearray(b'abab')", op("*", i(2L), callKw(PyByteArray.TYPE, null, b("ab"))));
        // bytearray(b"ab") + "s"
        raises("TypeError", "can't concat str to bytearray", () -> op("+", callKw(PyByteArray.TYPE, null, b("ab")), s("s")));
        // x = bytearray(b"abc"); x.__alloc__() >= 4
        eq("True", () -> { PyObject x = callKw(PyByteArray.TYPE, null, b("abc")); return op(">=", m(x, "__alloc__", null), i(4L)); });
        // bytearray().__alloc__()
        eq("0", m(callKw(PyByteArray.TYPE, null), "__alloc__", null));
    }
    // ---- end GENERATED ----
}
