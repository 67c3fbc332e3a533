package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@code str}. The generated cases (between the GENERATED markers) were produced
 * by running each commented Python expression under CPython 3.11.7 and recording its repr
 * or its exception; the helpers below let the other text-type tests state cases the same way.
 */
class PyStrTest {
    // ---- helpers shared by the text-type tests -----------------------------------------

    static final PyObject T = PyBool.TRUE, F = PyBool.FALSE, NONE = PyNone.NONE;

    static PyStr s(String v) { return PyStr.of(v); }

    /** A bytes object whose bytes are the chars of a Latin-1 string. */
    static PyBytes b(String latin1) { return PyBytes.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)); }

    static PyInt i(long v) { return PyInt.of(v); }

    static PyInt big(String v) { return PyInt.of(new BigInteger(v)); }

    static PyFloat f(double v) { return PyFloat.of(v); }

    static PyTuple tup(PyObject... items) { return PyTuple.of(items); }

    static PyList lst(PyObject... items) { return PyList.wrap(items); }

    static PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) d.put(kv[k], kv[k + 1]);
        return d;
    }

    static PySlice slice(PyObject a, PyObject b, PyObject c) { return new PySlice(a, b, c); }

    static String[] kw(String... names) { return names; }

    /** {@code self.name(*args)}, the last {@code kw.length} args being keywords. */
    static PyObject m(PyObject self, String name, String[] kw, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, name), args, kw);
    }

    static PyObject callKw(PyObject callable, String[] kw, PyObject... args) {
        return Abstract.call(callable, args, kw);
    }

    static PyObject attr(PyObject o, String name) { return Abstract.getAttr(o, name); }

    static PyObject op(String symbol, PyObject a, PyObject b) {
        return switch (symbol) {
            case "+" -> Abstract.binaryOp(a, b, BinaryOp.ADD);
            case "*" -> Abstract.binaryOp(a, b, BinaryOp.MUL);
            case "%" -> Abstract.binaryOp(a, b, BinaryOp.MOD);
            case "+=" -> Abstract.binaryOp(a, b, BinaryOp.INPLACE_ADD);
            case "*=" -> Abstract.binaryOp(a, b, BinaryOp.INPLACE_MUL);
            case "%=" -> Abstract.binaryOp(a, b, BinaryOp.INPLACE_MOD);
            case "==" -> Abstract.compare(a, b, CompareOp.EQ);
            case "!=" -> Abstract.compare(a, b, CompareOp.NE);
            case "<" -> Abstract.compare(a, b, CompareOp.LT);
            case "<=" -> Abstract.compare(a, b, CompareOp.LE);
            case ">" -> Abstract.compare(a, b, CompareOp.GT);
            case ">=" -> Abstract.compare(a, b, CompareOp.GE);
            case "in" -> PyBool.of(Abstract.contains(b, a));
            case "not in" -> PyBool.of(!Abstract.contains(b, a));
            case "is" -> PyBool.of(a == b);
            case "is not" -> PyBool.of(a != b);
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    static PyObject item(PyObject o, PyObject k) { return Abstract.getItem(o, k); }

    static void setitem(PyObject o, PyObject k, PyObject v) { Abstract.setItem(o, k, v); }

    static void delitem(PyObject o, PyObject k) { Abstract.delItem(o, k); }

    static PyObject repr(PyObject o) { return Abstract.repr(o); }

    static PyObject ascii(PyObject o) { return StrRepr.ascii(o); }

    static PyObject format(PyObject v, PyObject spec) { return Abstract.format(v, spec); }

    static PyObject format(PyObject v) { return Abstract.format(v, PyStr.EMPTY); }

    static PyObject len(PyObject o) { return PyInt.of(Abstract.len(o)); }

    static PyObject list(PyObject o) { return PyList.wrap(Abstract.toArray(o)); }

    static PyObject iter(PyObject o) { return Abstract.iter(o); }

    static PyObject iterNames(PyObject o) { return PyStr.of(Abstract.iter(o).type.name); }

    static PyObject hashEq(PyObject a, PyObject b) { return PyBool.of(Abstract.hash(a) == Abstract.hash(b)); }

    static PyObject typeName(PyObject o) { return PyStr.of(o.type.name); }

    /** Asserts that the value's repr is what CPython printed. */
    static void eq(String expectedRepr, PyObject actual) {
        assertEquals(expectedRepr, Abstract.repr(actual).value);
    }

    static void eq(String expectedRepr, Supplier<PyObject> actual) {
        eq(expectedRepr, actual.get());
    }

    /** Asserts that evaluating raises the Python exception CPython raised (KeyError: repr of the key). */
    static void raises(String type, String message, Supplier<PyObject> body) {
        PyObject r;
        try {
            r = body.get();
        } catch (PyException e) {
            assertEquals(type, e.value.type.name, () -> "wrong exception, message: " + Abstract.str(e.value).value);
            String actual = type.equals("KeyError") ? Abstract.repr(e.value.args.get(0)).value : Abstract.str(e.value).value;
            assertEquals(message, actual);
            return;
        }
        fail("expected " + type + ": " + message + ", got " + Abstract.repr(r).value);
    }

    // ---- hand-written cases ----------------------------------------------------------------
    @Test
    void sharedSingleCharacters() {
        assertSame(PyStr.of("a"), PyStr.of("a"));
        assertSame(PyStr.of("\u00e9"), item(s("x\u00e9"), i(1)));
        assertSame(PyStr.EMPTY, PyStr.of(""));
        assertSame(PyStr.intern("name"), PyStr.intern("name"));
        assertEquals(3, s("a\uD83D\uDE00b").length());
        assertTrue(s("abc").isAscii());
    }

    @Test
    void subclassInstancesHaveADictAndGiveExactStrResults() {
        PyType sub = ClassBuilder.create(PyType.TYPE, "SubStr", new PyType[] {PyStr.TYPE}, new PyDict());
        PyObject x = Abstract.call(sub, s("sub"));
        assertSame(sub, x.type);
        Abstract.setAttr(x, "tag", i(7));
        eq("7", attr(x, "tag"));
        eq("'sub'", x);
        assertSame(PyStr.TYPE, Abstract.str(x).type);
        assertSame(PyStr.TYPE, op("+", x, s("y")).type);
        eq("'suby'", op("+", x, s("y")));
        assertSame(PyStr.TYPE, m(x, "upper", null).type);
        eq("True", op("==", x, s("sub")));
        eq("True", hashEq(x, s("sub")));
        PyDict d = new PyDict();
        d.put(s("sub"), i(1));
        eq("1", d.get(x));
        eq("'SubStr'", typeName(Abstract.call(sub)));
        eq("''", Abstract.call(sub));
    }

    @Test
    void iteratorLengthHint() {
        PyObject it = Abstract.iter(s("a\uD83D\uDE00b"));
        eq("3", m(it, "__length_hint__", null));
        Abstract.next(it);
        eq("'\uD83D\uDE00'", Abstract.next(it));
        eq("1", m(it, "__length_hint__", null));
        eq("'b'", Abstract.next(it));
        assertEquals(null, Abstract.next(it));
    }

    @Test
    void codePointOrder() {
        assertTrue(PyStr.compare("\uFFFF", "\uD83D\uDE00") < 0);
        assertTrue(PyStr.compare("\uD83D\uDE00", "\uE000") > 0);
        assertTrue(PyStr.compare("ab", "abc") < 0);
        assertEquals(0, PyStr.compare("x\uD83D\uDE00", "x\uD83D\uDE00"));
    }

    @Test
    void codecsAgreeWithTheJdkOnWellFormedText() {
        java.util.Random r = new java.util.Random(42);
        String[] names = {"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
        java.nio.charset.Charset[] jdk = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                java.nio.charset.Charset.forName("UTF-32LE"), java.nio.charset.Charset.forName("UTF-32BE")};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                int cp = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(0x80);
                    case 1 -> 0x80 + r.nextInt(0x780);
                    case 2 -> 0xE000 + r.nextInt(0x2000);
                    default -> 0x10000 + r.nextInt(0x100000);
                };
                b.appendCodePoint(cp);
            }
            String text = b.toString();
            for (int c = 0; c < names.length; c++) {
                byte[] mine = StrCodecs.encode(text, names[c], "strict");
                org.junit.jupiter.api.Assertions.assertArrayEquals(text.getBytes(jdk[c]), mine, names[c]);
                assertEquals(text, StrCodecs.decode(mine, 0, mine.length, names[c], "strict"), names[c]);
            }
        }
    }

    // ---- performance: a quadratic algorithm would not finish in time ----------------------

    private static void fast(Runnable r) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), r::run);
    }

    @Test
    void buildingAndJoiningAreLinear() {
        fast(() -> {
            PyObject[] parts = new PyObject[200_000];
            for (int k = 0; k < parts.length; k++) parts[k] = s("w" + (k % 10));
            PyObject joined = m(s(","), "join", null, lst(parts));
            eq("599999", len(joined));
            eq("200000", len(m(joined, "split", null, s(","))));
            PyObject acc = PyStr.EMPTY;
            for (int k = 0; k < 20_000; k++) acc = op("+=", acc, s("ab"));
            eq("40000", len(acc));
        });
    }

    @Test
    void searchingAndSplittingAreLinear() {
        fast(() -> {
            PyStr text = s("lorem ipsum dolor ".repeat(100_000));
            eq("100000", m(text, "count", null, s("ipsum")));
            eq("300000", len(m(text, "split", null)));
            eq("100001", len(m(text, "split", null, s("dolor"))));
            PyObject r = m(text, "replace", null, s("ipsum"), s("IPSUM"));
            eq("-1", m(r, "find", null, s("ipsum")));
            int pos = 0, hits = 0;
            while (true) {
                PyObject p = m(text, "find", null, s("or"), i(pos));
                long v = ((PyInt) p).value;
                if (v < 0) break;
                hits++;
                pos = (int) v + 2;
            }
            assertEquals(200_000, hits);
            eq("1799999", len(m(text, "strip", null)));
        });
    }

    @Test
    void astralIndexingIsConstantTimeAfterTheFirst() {
        fast(() -> {
            PyStr text = s("a\uD83D\uDE00".repeat(100_000));
            int n = text.length();
            assertEquals(200_000, n);
            int smiles = 0;
            for (int k = 0; k < n; k++) {
                if (((PyStr) item(text, i(k))).value.length() == 2) smiles++;
            }
            assertEquals(100_000, smiles);
            eq("199999", m(text, "rfind", null, s("\uD83D\uDE00")));
        });
    }

    // ---- GENERATED from CPython 3.11.7 (one case per commented expression) ----

    @Test
    void construction() {
        // str()
        eq("''", callKw(PyStr.TYPE, null));
        // str(42)
        eq("'42'", callKw(PyStr.TYPE, null, i(42L)));
        // str("abc")
        eq("'abc'", callKw(PyStr.TYPE, null, s("abc")));
        // str(b"abc")
        eq("\"b'abc'\"", callKw(PyStr.TYPE, null, b("abc")));
        // str(b"caf\xc3\xa9", "utf-8")
        eq("'caf\u00e9'", callKw(PyStr.TYPE, null, b("caf\u00c3\u00a9"), s("utf-8")));
        // str(b"\xff", "utf-8", "replace")
        eq("'\ufffd'", callKw(PyStr.TYPE, null, b("\u00ff"), s("utf-8"), s("replace")));
        // str(b"abc", encoding="ascii")
        eq("'abc'", callKw(PyStr.TYPE, kw("encoding"), b("abc"), s("ascii")));
        // str(b"abc", errors="strict")
        eq("'abc'", callKw(PyStr.TYPE, kw("errors"), b("abc"), s("strict")));
        // str(object="x")
        eq("'x'", callKw(PyStr.TYPE, kw("object"), s("x")));
        // str(bytearray(b"xy"), "ascii")
        eq("'xy'", callKw(PyStr.TYPE, null, callKw(PyByteArray.TYPE, null, b("xy")), s("ascii")));
        // str(b"\xff", "utf-8")
        raises("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", () -> callKw(PyStr.TYPE, null, b("\u00ff"), s("utf-8")));
        // str(1, "utf-8")
        raises("TypeError", "decoding to str: need a bytes-like object, int found", () -> callKw(PyStr.TYPE, null, i(1L), s("utf-8")));
        // str("a", "utf-8")
        raises("TypeError", "decoding str is not supported", () -> callKw(PyStr.TYPE, null, s("a"), s("utf-8")));
        // str(b"a", 1)
        raises("TypeError", "str() argument 'encoding' must be str, not int", () -> callKw(PyStr.TYPE, null, b("a"), i(1L)));
        // str(x=1)
        raises("TypeError", "'x' is an invalid keyword argument for str()", () -> callKw(PyStr.TYPE, kw("x"), i(1L)));
        // str(1, 2, 3, 4)
        raises("TypeError", "str() takes at most 3 arguments (4 given)", () -> callKw(PyStr.TYPE, null, i(1L), i(2L), i(3L), i(4L)));
        // str(None)
        eq("'None'", callKw(PyStr.TYPE, null, NONE));
        // str(True)
        eq("'True'", callKw(PyStr.TYPE, null, T));
        // str((1, "a"))
        eq("\"(1, 'a')\"", callKw(PyStr.TYPE, null, tup(i(1L), s("a"))));
        // str(b"x", "no-such-codec")
        raises("LookupError", "unknown encoding: no-such-codec", () -> callKw(PyStr.TYPE, null, b("x"), s("no-such-codec")));
    }

    @Test
    void lengthAndIndexing() {
        // len("")
        eq("0", len(s("")));
        // len("abc")
        eq("3", len(s("abc")));
        // len("h\\u00e9llo")
        eq("5", len(s("h\u00e9llo")));
        // len("a\U0001f600b")
        eq("3", len(s("a\ud83d\ude00b")));
        // len("\U0001f600" * 3)
        eq("3", len(op("*", s("\ud83d\ude00"), i(3L))));
        // "abc"[0]
        eq("'a'", item(s("abc"), i(0L)));
        // "abc"[-1]
        eq("'c'", item(s("abc"), i(-1L)));
        // "abc"[2]
        eq("'c'", item(s("abc"), i(2L)));
        // "abc"[3]
        raises("IndexError", "string index out of range", () -> item(s("abc"), i(3L)));
        // "abc"[-4]
        raises("IndexError", "string index out of range", () -> item(s("abc"), i(-4L)));
        // "abc"[2**70]
        raises("IndexError", "cannot fit 'int' into an index-sized integer", () -> item(s("abc"), big("1180591620717411303424")));
        // "abc"[True]
        eq("'b'", item(s("abc"), T));
        // "abc"[1.5]
        raises("TypeError", "string indices must be integers, not 'float'", () -> item(s("abc"), f(1.5)));
        // "abc"["x"]
        raises("TypeError", "string indices must be integers, not 'str'", () -> item(s("abc"), s("x")));
        // "abc"[None]
        raises("TypeError", "string indices must be integers, not 'NoneType'", () -> item(s("abc"), NONE));
        // "a\U0001f600b\\u00e9"[1]
        eq("'\ud83d\ude00'", item(s("a\ud83d\ude00b\u00e9"), i(1L)));
        // "a\U0001f600b\\u00e9"[2]
        eq("'b'", item(s("a\ud83d\ude00b\u00e9"), i(2L)));
        // "a\U0001f600b\\u00e9"[-1]
        eq("'\u00e9'", item(s("a\ud83d\ude00b\u00e9"), i(-1L)));
        // "\U0001f600\U0001f601"[1]
        eq("'\ud83d\ude01'", item(s("\ud83d\ude00\ud83d\ude01"), i(1L)));
        // "hello"[1:3]
        eq("'el'", item(s("hello"), slice(i(1L), i(3L), null)));
        // "hello"[::-1]
        eq("'olleh'", item(s("hello"), slice(null, null, i(-1L))));
        // "hello"[::2]
        eq("'hlo'", item(s("hello"), slice(null, null, i(2L))));
        // "hello"[-3:]
        eq("'llo'", item(s("hello"), slice(i(-3L), null, null)));
        // "hello"[:-3]
        eq("'he'", item(s("hello"), slice(null, i(-3L), null)));
        // "hello"[10:]
        eq("''", item(s("hello"), slice(i(10L), null, null)));
        // "hello"[3:1]
        eq("''", item(s("hello"), slice(i(3L), i(1L), null)));
        // "hello"[1:4:-1]
        eq("''", item(s("hello"), slice(i(1L), i(4L), i(-1L))));
        // "hello"[4:1:-2]
        eq("'ol'", item(s("hello"), slice(i(4L), i(1L), i(-2L))));
        // "hello"[::0]
        raises("ValueError", "slice step cannot be zero", () -> item(s("hello"), slice(null, null, i(0L))));
        // "hello"[slice("a", None, None)]
        raises("TypeError", "slice indices must be integers or None or have an __index__ method", () -> item(s("hello"), slice(s("a"), NONE, NONE)));
        // "h\U0001f600llo w\U0001f601rld"[1:8:2]
        eq("'\ud83d\ude00l \ud83d\ude01'", item(s("h\ud83d\ude00llo w\ud83d\ude01rld"), slice(i(1L), i(8L), i(2L))));
        // "h\U0001f600llo"[::-1]
        eq("'oll\ud83d\ude00h'", item(s("h\ud83d\ude00llo"), slice(null, null, i(-1L))));
        // "\U0001f600abc"[1:]
        eq("'abc'", item(s("\ud83d\ude00abc"), slice(i(1L), null, null)));
        // "abc"[-100:100]
        eq("'abc'", item(s("abc"), slice(i(-100L), i(100L), null)));
        // "abc"[:2**70]
        eq("'abc'", item(s("abc"), slice(null, big("1180591620717411303424"), null)));
        // "abc"[-2**70:]
        eq("'abc'", item(s("abc"), slice(big("-1180591620717411303424"), null, null)));
    }

    @Test
    void concatAndRepeat() {
        // "ab" + "cd"
        eq("'abcd'", op("+", s("ab"), s("cd")));
        // "" + "x"
        eq("'x'", op("+", s(""), s("x")));
        // "a" + 1
        raises("TypeError", "can only concatenate str (not \"int\") to str", () -> op("+", s("a"), i(1L)));
        // "a" + b"b"
        raises("TypeError", "can only concatenate str (not \"bytes\") to str", () -> op("+", s("a"), b("b")));
        // "ab" * 3
        eq("'ababab'", op("*", s("ab"), i(3L)));
        // 3 * "ab"
        eq("'ababab'", op("*", i(3L), s("ab")));
        // "ab" * 0
        eq("''", op("*", s("ab"), i(0L)));
        // "ab" * -1
        eq("''", op("*", s("ab"), i(-1L)));
        // "ab" * True
        eq("'ab'", op("*", s("ab"), T));
        // "a" * 1.5
        raises("TypeError", "can't multiply sequence by non-int of type 'float'", () -> op("*", s("a"), f(1.5)));
        // "a" * "b"
        raises("TypeError", "can't multiply sequence by non-int of type 'str'", () -> op("*", s("a"), s("b")));
        // "a" * 2**70
        raises("OverflowError", "cannot fit 'int' into an index-sized integer", () -> op("*", s("a"), big("1180591620717411303424")));
        // "\U0001f600" * 3
        eq("'\ud83d\ude00\ud83d\ude00\ud83d\ude00'", op("*", s("\ud83d\ude00"), i(3L)));
        // len("abc" * 1000)
        eq("3000", len(op("*", s("abc"), i(1000L))));
        // "x" + "\U0001f600" + "y"
        eq("'x\ud83d\ude00y'", op("+", op("+", s("x"), s("\ud83d\ude00")), s("y")));
    }

    @Test
    void comparison() {
        // "a" == "a"
        eq("True", op("==", s("a"), s("a")));
        // "a" == "b"
        eq("False", op("==", s("a"), s("b")));
        // "a" != "b"
        eq("True", op("!=", s("a"), s("b")));
        // "a" < "b"
        eq("True", op("<", s("a"), s("b")));
        // "abc" < "abd"
        eq("True", op("<", s("abc"), s("abd")));
        // "abc" < "ab"
        eq("False", op("<", s("abc"), s("ab")));
        // "B" < "a"
        eq("True", op("<", s("B"), s("a")));
        // "\\u00e9" < "f"
        eq("False", op("<", s("\u00e9"), s("f")));
        // "" < "a"
        eq("True", op("<", s(""), s("a")));
        // "a" <= "a"
        eq("True", op("<=", s("a"), s("a")));
        // "b" >= "a"
        eq("True", op(">=", s("b"), s("a")));
        // "b" > "a"
        eq("True", op(">", s("b"), s("a")));
        // "\\uffff" < "\U0001f600"
        eq("True", op("<", s("\uffff"), s("\ud83d\ude00")));
        // "\U0001f600" > "\\uffff"
        eq("True", op(">", s("\ud83d\ude00"), s("\uffff")));
        // "\\ue000" > "\U00010000"
        eq("False", op(">", s("\ue000"), s("\ud800\udc00")));
        // "a" == 1
        eq("False", op("==", s("a"), i(1L)));
        // "a" != 1
        eq("True", op("!=", s("a"), i(1L)));
        // "a" < 1
        raises("TypeError", "'<' not supported between instances of 'str' and 'int'", () -> op("<", s("a"), i(1L)));
        // "a" >= None
        raises("TypeError", "'>=' not supported between instances of 'str' and 'NoneType'", () -> op(">=", s("a"), NONE));
        // "abc".__eq__(1)
        eq("NotImplemented", m(s("abc"), "__eq__", null, i(1L)));
        // "abc".__lt__("abd")
        eq("True", m(s("abc"), "__lt__", null, s("abd")));
        // "abc".__lt__(1)
        eq("NotImplemented", m(s("abc"), "__lt__", null, i(1L)));
        // hashEq("abc", "ab" + "c")
        eq("True", hashEq(s("abc"), op("+", s("ab"), s("c"))));
    }

    @Test
    void contains() {
        // "b" in "abc"
        eq("True", op("in", s("b"), s("abc")));
        // "bc" in "abc"
        eq("True", op("in", s("bc"), s("abc")));
        // "" in "abc"
        eq("True", op("in", s(""), s("abc")));
        // "" in ""
        eq("True", op("in", s(""), s("")));
        // "x" in "abc"
        eq("False", op("in", s("x"), s("abc")));
        // "\U0001f600" in "a\U0001f600"
        eq("True", op("in", s("\ud83d\ude00"), s("a\ud83d\ude00")));
        // 1 in "abc"
        raises("TypeError", "'in <string>' requires string as left operand, not int", () -> op("in", i(1L), s("abc")));
        // "abc".__contains__("b")
        eq("True", m(s("abc"), "__contains__", null, s("b")));
        // None in "abc"
        raises("TypeError", "'in <string>' requires string as left operand, not NoneType", () -> op("in", NONE, s("abc")));
    }

    @Test
    void iteration() {
        // list("abc")
        eq("['a', 'b', 'c']", list(s("abc")));
        // list("a\U0001f600b")
        eq("['a', '\ud83d\ude00', 'b']", list(s("a\ud83d\ude00b")));
        // list("")
        eq("[]", list(s("")));
        // iterNames("abc")
        eq("'str_ascii_iterator'", iterNames(s("abc")));
        // iterNames("\\u00e9")
        eq("'str_iterator'", iterNames(s("\u00e9")));
        // iterNames("")
        eq("'str_ascii_iterator'", iterNames(s("")));
    }

    @Test
    void repr() {
        // repr("abc")
        eq("\"'abc'\"", repr(s("abc")));
        // repr("it's")
        eq("'\"it\\'s\"'", repr(s("it's")));
        // repr('say "hi"')
        eq("'\\'say \"hi\"\\''", repr(s("say \"hi\"")));
        // repr("both ' and \"")
        eq("'\\'both \\\\\\' and \"\\''", repr(s("both ' and \"")));
        // repr("tab\there\nnl\\ \x00 \x7f \\u200b \\u00e9 \U0001f600")
        eq("\"'tab\\\\there\\\\nnl\\\\\\\\ \\\\x00 \\\\x7f \\\\u200b \u00e9 \ud83d\ude00'\"", repr(s("tab\there\nnl\\ \u0000 \u007f \u200b \u00e9 \ud83d\ude00")));
        // repr("\r\x1b\x85\xa0\xad")
        eq("\"'\\\\r\\\\x1b\\\\x85\\\\xa0\\\\xad'\"", repr(s("\r\u001b\u0085\u00a0\u00ad")));
        // repr("\\u2028\\u3000\\ud800x\\udfff")
        eq("\"'\\\\u2028\\\\u3000\\\\ud800x\\\\udfff'\"", repr(s("\u2028\u3000\ud800x\udfff")));
        // repr("\U000e0001\U0010ffff")
        eq("\"'\\\\U000e0001\\\\U0010ffff'\"", repr(s("\udb40\udc01\udbff\udfff")));
        // ascii("\\u00e9\U0001f600\n")
        eq("\"'\\\\xe9\\\\U0001f600\\\\n'\"", ascii(s("\u00e9\ud83d\ude00\n")));
        // ascii("plain")
        eq("\"'plain'\"", ascii(s("plain")));
        // ascii("\x7f\x80\\uffff")
        eq("\"'\\\\x7f\\\\x80\\\\uffff'\"", ascii(s("\u007f\u0080\uffff")));
    }

    @Test
    void search() {
        // "the quick the".find("the")
        eq("0", m(s("the quick the"), "find", null, s("the")));
        // "the quick the".find("the", 1)
        eq("10", m(s("the quick the"), "find", null, s("the"), i(1L)));
        // "abc".find("z")
        eq("-1", m(s("abc"), "find", null, s("z")));
        // "abc".find("")
        eq("0", m(s("abc"), "find", null, s("")));
        // "abc".find("", 3)
        eq("3", m(s("abc"), "find", null, s(""), i(3L)));
        // "abc".find("", 4)
        eq("-1", m(s("abc"), "find", null, s(""), i(4L)));
        // "abc".find("", 2, 1)
        eq("-1", m(s("abc"), "find", null, s(""), i(2L), i(1L)));
        // "abcabc".find("c", 3, 6)
        eq("5", m(s("abcabc"), "find", null, s("c"), i(3L), i(6L)));
        // "abcabc".find("c", -2)
        eq("5", m(s("abcabc"), "find", null, s("c"), i(-2L)));
        // "abcabc".find("c", None, 2)
        eq("-1", m(s("abcabc"), "find", null, s("c"), NONE, i(2L)));
        // "abcabc".find("bc", 0, 2)
        eq("-1", m(s("abcabc"), "find", null, s("bc"), i(0L), i(2L)));
        // "abc".find("a", 1.5)
        raises("TypeError", "slice indices must be integers or None or have an __index__ method", () -> m(s("abc"), "find", null, s("a"), f(1.5)));
        // "abc".find(1)
        raises("TypeError", "must be str, not int", () -> m(s("abc"), "find", null, i(1L)));
        // "abc".find()
        raises("TypeError", "find() takes at least 1 argument (0 given)", () -> m(s("abc"), "find", null));
        // "abc".find("a", 1, 2, 3)
        raises("TypeError", "find() takes at most 3 arguments (4 given)", () -> m(s("abc"), "find", null, s("a"), i(1L), i(2L), i(3L)));
        // "abc".find(sub="a")
        raises("TypeError", "str.find() takes no keyword arguments", () -> m(s("abc"), "find", kw("sub"), s("a")));
        // "h\\u00e9llo w\\u00f6rld".find("\\u00f6")
        eq("7", m(s("h\u00e9llo w\u00f6rld"), "find", null, s("\u00f6")));
        // "\U0001f600a\U0001f600b".find("b")
        eq("3", m(s("\ud83d\ude00a\ud83d\ude00b"), "find", null, s("b")));
        // "\U0001f600a\U0001f600b".find("\U0001f600", 1)
        eq("2", m(s("\ud83d\ude00a\ud83d\ude00b"), "find", null, s("\ud83d\ude00"), i(1L)));
        // "\U0001f600a\U0001f600b".find("a", 2)
        eq("-1", m(s("\ud83d\ude00a\ud83d\ude00b"), "find", null, s("a"), i(2L)));
        // "abcabc".rfind("bc")
        eq("4", m(s("abcabc"), "rfind", null, s("bc")));
        // "abcabc".rfind("bc", 0, 4)
        eq("1", m(s("abcabc"), "rfind", null, s("bc"), i(0L), i(4L)));
        // "abc".rfind("")
        eq("3", m(s("abc"), "rfind", null, s("")));
        // "abc".rfind("", 1, 2)
        eq("2", m(s("abc"), "rfind", null, s(""), i(1L), i(2L)));
        // "abc".rfind("z")
        eq("-1", m(s("abc"), "rfind", null, s("z")));
        // "\U0001f600a\U0001f600b".rfind("\U0001f600")
        eq("2", m(s("\ud83d\ude00a\ud83d\ude00b"), "rfind", null, s("\ud83d\ude00")));
        // "abc".index("c")
        eq("2", m(s("abc"), "index", null, s("c")));
        // "abc".index("z")
        raises("ValueError", "substring not found", () -> m(s("abc"), "index", null, s("z")));
        // "abc".rindex("z")
        raises("ValueError", "substring not found", () -> m(s("abc"), "rindex", null, s("z")));
        // "abcabc".rindex("a")
        eq("3", m(s("abcabc"), "rindex", null, s("a")));
        // "abc".index("a", 1)
        raises("ValueError", "substring not found", () -> m(s("abc"), "index", null, s("a"), i(1L)));
        // "banana".count("an")
        eq("2", m(s("banana"), "count", null, s("an")));
        // "aaaa".count("aa")
        eq("2", m(s("aaaa"), "count", null, s("aa")));
        // "abc".count("")
        eq("4", m(s("abc"), "count", null, s("")));
        // "abc".count("", 1, 2)
        eq("2", m(s("abc"), "count", null, s(""), i(1L), i(2L)));
        // "abc".count("", 4)
        eq("0", m(s("abc"), "count", null, s(""), i(4L)));
        // "abc".count("", 2, 1)
        eq("0", m(s("abc"), "count", null, s(""), i(2L), i(1L)));
        // "banana".count("a", 2)
        eq("2", m(s("banana"), "count", null, s("a"), i(2L)));
        // "banana".count("a", 2, -1)
        eq("1", m(s("banana"), "count", null, s("a"), i(2L), i(-1L)));
        // "banana".count(1)
        raises("TypeError", "must be str, not int", () -> m(s("banana"), "count", null, i(1L)));
        // "a\U0001f600a\U0001f600".count("\U0001f600")
        eq("2", m(s("a\ud83d\ude00a\ud83d\ude00"), "count", null, s("\ud83d\ude00")));
        // "a\U0001f600a".count("")
        eq("4", m(s("a\ud83d\ude00a"), "count", null, s("")));
        // "hello".startswith("he")
        eq("True", m(s("hello"), "startswith", null, s("he")));
        // "hello".startswith("el", 1)
        eq("True", m(s("hello"), "startswith", null, s("el"), i(1L)));
        // "hello".startswith(("x", "h"))
        eq("True", m(s("hello"), "startswith", null, tup(s("x"), s("h"))));
        // "hello".startswith(())
        eq("False", m(s("hello"), "startswith", null, tup()));
        // "hello".startswith("")
        eq("True", m(s("hello"), "startswith", null, s("")));
        // "abc".startswith("", 3)
        eq("True", m(s("abc"), "startswith", null, s(""), i(3L)));
        // "abc".startswith("", 4)
        eq("False", m(s("abc"), "startswith", null, s(""), i(4L)));
        // "abc".startswith("", 2, 1)
        eq("False", m(s("abc"), "startswith", null, s(""), i(2L), i(1L)));
        // "hello".startswith(1)
        raises("TypeError", "startswith first arg must be str or a tuple of str, not int", () -> m(s("hello"), "startswith", null, i(1L)));
        // "hello".startswith(["h"])
        raises("TypeError", "startswith first arg must be str or a tuple of str, not list", () -> m(s("hello"), "startswith", null, lst(s("h"))));
        // "hello".startswith(("x", 1))
        raises("TypeError", "tuple for startswith must only contain str, not int", () -> m(s("hello"), "startswith", null, tup(s("x"), i(1L))));
        // "hello".startswith(("h", 1))
        eq("True", m(s("hello"), "startswith", null, tup(s("h"), i(1L))));
        // "hello".endswith("lo")
        eq("True", m(s("hello"), "endswith", null, s("lo")));
        // "hello".endswith("ell", 0, 4)
        eq("True", m(s("hello"), "endswith", null, s("ell"), i(0L), i(4L)));
        // "hello".endswith(("x", "o"))
        eq("True", m(s("hello"), "endswith", null, tup(s("x"), s("o"))));
        // "hello".endswith("", 5)
        eq("True", m(s("hello"), "endswith", null, s(""), i(5L)));
        // "hello".endswith("h", 0, 1)
        eq("True", m(s("hello"), "endswith", null, s("h"), i(0L), i(1L)));
        // "hello".endswith("lo", -2)
        eq("True", m(s("hello"), "endswith", null, s("lo"), i(-2L)));
        // "a\U0001f600".endswith("\U0001f600")
        eq("True", m(s("a\ud83d\ude00"), "endswith", null, s("\ud83d\ude00")));
        // "\U0001f600b".startswith("b", 1)
        eq("True", m(s("\ud83d\ude00b"), "startswith", null, s("b"), i(1L)));
        // "hello".startswith()
        raises("TypeError", "startswith() takes at least 1 argument (0 given)", () -> m(s("hello"), "startswith", null));
        // "hello".endswith("a", 1, 2, 3)
        raises("TypeError", "endswith() takes at most 3 arguments (4 given)", () -> m(s("hello"), "endswith", null, s("a"), i(1L), i(2L), i(3L)));
    }

    @Test
    void replace() {
        // "one two one".replace("one", "1")
        eq("'1 two 1'", m(s("one two one"), "replace", null, s("one"), s("1")));
        // "one two one".replace("one", "1", 1)
        eq("'1 two one'", m(s("one two one"), "replace", null, s("one"), s("1"), i(1L)));
        // "one two one".replace("one", "1", 0)
        eq("'one two one'", m(s("one two one"), "replace", null, s("one"), s("1"), i(0L)));
        // "one two one".replace("one", "1", -1)
        eq("'1 two 1'", m(s("one two one"), "replace", null, s("one"), s("1"), i(-1L)));
        // "abc".replace("", "-")
        eq("'-a-b-c-'", m(s("abc"), "replace", null, s(""), s("-")));
        // "abc".replace("", "-", 2)
        eq("'-a-bc'", m(s("abc"), "replace", null, s(""), s("-"), i(2L)));
        // "".replace("", "x")
        eq("'x'", m(s(""), "replace", null, s(""), s("x")));
        // "aaaa".replace("aa", "b")
        eq("'bb'", m(s("aaaa"), "replace", null, s("aa"), s("b")));
        // "abc".replace("x", "y")
        eq("'abc'", m(s("abc"), "replace", null, s("x"), s("y")));
        // "\\u00e9\\u00e9".replace("\\u00e9", "e")
        eq("'ee'", m(s("\u00e9\u00e9"), "replace", null, s("\u00e9"), s("e")));
        // "a\U0001f600b".replace("", "|")
        eq("'|a|\ud83d\ude00|b|'", m(s("a\ud83d\ude00b"), "replace", null, s(""), s("|")));
        // "abc".replace(1, "b")
        raises("TypeError", "replace() argument 1 must be str, not int", () -> m(s("abc"), "replace", null, i(1L), s("b")));
        // "abc".replace("a", 1)
        raises("TypeError", "replace() argument 2 must be str, not int", () -> m(s("abc"), "replace", null, s("a"), i(1L)));
        // "abc".replace("a")
        raises("TypeError", "replace expected at least 2 arguments, got 1", () -> m(s("abc"), "replace", null, s("a")));
        // "abc".replace("a", "b", 1.5)
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> m(s("abc"), "replace", null, s("a"), s("b"), f(1.5)));
        // "abc".replace("a", "b", 2**70)
        raises("OverflowError", "Python int too large to convert to C ssize_t", () -> m(s("abc"), "replace", null, s("a"), s("b"), big("1180591620717411303424")));
        // "abc".replace("a", "b", None)
        raises("TypeError", "'NoneType' object cannot be interpreted as an integer", () -> m(s("abc"), "replace", null, s("a"), s("b"), NONE));
    }

    @Test
    void splitJoin() {
        // "a,b,,c".split(",")
        eq("['a', 'b', '', 'c']", m(s("a,b,,c"), "split", null, s(",")));
        // "a,b,,c".split(",", 1)
        eq("['a', 'b,,c']", m(s("a,b,,c"), "split", null, s(","), i(1L)));
        // "a,b,,c".rsplit(",", 1)
        eq("['a,b,', 'c']", m(s("a,b,,c"), "rsplit", null, s(","), i(1L)));
        // "a b  c\td\n".split()
        eq("['a', 'b', 'c', 'd']", m(s("a b  c\td\n"), "split", null));
        // "  lead trail  ".split(" ")
        eq("['', '', 'lead', 'trail', '', '']", m(s("  lead trail  "), "split", null, s(" ")));
        // "".split()
        eq("[]", m(s(""), "split", null));
        // "".split(",")
        eq("['']", m(s(""), "split", null, s(",")));
        // "   ".split()
        eq("[]", m(s("   "), "split", null));
        // "abc".split("abc")
        eq("['', '']", m(s("abc"), "split", null, s("abc")));
        // "x".split("x", 0)
        eq("['x']", m(s("x"), "split", null, s("x"), i(0L)));
        // "a b c".split(None, 1)
        eq("['a', 'b c']", m(s("a b c"), "split", null, NONE, i(1L)));
        // "a b c ".rsplit(None, 1)
        eq("['a b', 'c']", m(s("a b c "), "rsplit", null, NONE, i(1L)));
        // "  a  b  ".split(maxsplit=1)
        eq("['a', 'b  ']", m(s("  a  b  "), "split", kw("maxsplit"), i(1L)));
        // "  a  b  ".rsplit(maxsplit=1)
        eq("['  a', 'b']", m(s("  a  b  "), "rsplit", kw("maxsplit"), i(1L)));
        // "a b".split(sep=None, maxsplit=0)
        eq("['a b']", m(s("a b"), "split", kw("sep", "maxsplit"), NONE, i(0L)));
        // "  a b".split(None, 0)
        eq("['a b']", m(s("  a b"), "split", null, NONE, i(0L)));
        // "a b  ".rsplit(None, 0)
        eq("['a b']", m(s("a b  "), "rsplit", null, NONE, i(0L)));
        // "1<>2<>3".split("<>")
        eq("['1', '2', '3']", m(s("1<>2<>3"), "split", null, s("<>")));
        // "1<>2<>3".rsplit("<>", 1)
        eq("['1<>2', '3']", m(s("1<>2<>3"), "rsplit", null, s("<>"), i(1L)));
        // "abc".split("")
        raises("ValueError", "empty separator", () -> m(s("abc"), "split", null, s("")));
        // "abc".split(1)
        raises("TypeError", "must be str or None, not int", () -> m(s("abc"), "split", null, i(1L)));
        // "abc".split(x=1)
        raises("TypeError", "'x' is an invalid keyword argument for split()", () -> m(s("abc"), "split", kw("x"), i(1L)));
        // "abc".split(",", 1, 2)
        raises("TypeError", "split() takes at most 2 arguments (3 given)", () -> m(s("abc"), "split", null, s(","), i(1L), i(2L)));
        // "a b".split(None, 2**70)
        raises("OverflowError", "Python int too large to convert to C ssize_t", () -> m(s("a b"), "split", null, NONE, big("1180591620717411303424")));
        // "a b".split(maxsplit=None)
        raises("TypeError", "'NoneType' object cannot be interpreted as an integer", () -> m(s("a b"), "split", kw("maxsplit"), NONE));
        // "a,b".split(",", maxsplit=1.5)
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> m(s("a,b"), "split", kw("maxsplit"), s(","), f(1.5)));
        // "a\\u3000b\x1cc\x85d\xa0e".split()
        eq("['a', 'b', 'c', 'd', 'e']", m(s("a\u3000b\u001cc\u0085d\u00a0e"), "split", null));
        // "a\U0001f600b\U0001f600c".split("\U0001f600")
        eq("['a', 'b', 'c']", m(s("a\ud83d\ude00b\ud83d\ude00c"), "split", null, s("\ud83d\ude00")));
        // "a,b".split(",", sep=",")
        raises("TypeError", "argument for split() given by name ('sep') and position (1)", () -> m(s("a,b"), "split", kw("sep"), s(","), s(",")));
        // "a\nb\r\nc\rd".splitlines()
        eq("['a', 'b', 'c', 'd']", m(s("a\nb\r\nc\rd"), "splitlines", null));
        // "a\nb\n".splitlines(keepends=True)
        eq("['a\\n', 'b\\n']", m(s("a\nb\n"), "splitlines", kw("keepends"), T));
        // "".splitlines()
        eq("[]", m(s(""), "splitlines", null));
        // "x\x0by\x0cz\x1cw\\u2028v\x85u\\u2029t\x1dq\x1er".splitlines()
        eq("['x', 'y', 'z', 'w', 'v', 'u', 't', 'q', 'r']", m(s("x\u000by\u000cz\u001cw\u2028v\u0085u\u2029t\u001dq\u001er"), "splitlines", null));
        // "a\r\n\r\nb".splitlines(True)
        eq("['a\\r\\n', '\\r\\n', 'b']", m(s("a\r\n\r\nb"), "splitlines", null, T));
        // "a\n".splitlines(1)
        eq("['a\\n']", m(s("a\n"), "splitlines", null, i(1L)));
        // "a".splitlines("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(s("a"), "splitlines", null, s("x")));
        // "abc".splitlines(keepends=2)
        eq("['abc']", m(s("abc"), "splitlines", kw("keepends"), i(2L)));
        // "-".join(["a", "b", "c"])
        eq("'a-b-c'", m(s("-"), "join", null, lst(s("a"), s("b"), s("c"))));
        // "".join([])
        eq("''", m(s(""), "join", null, lst()));
        // ", ".join("xyz")
        eq("'x, y, z'", m(s(", "), "join", null, s("xyz")));
        // "/".join(("one",))
        eq("'one'", m(s("/"), "join", null, tup(s("one"))));
        // "-".join(["a", 1])
        raises("TypeError", "sequence item 1: expected str instance, int found", () -> m(s("-"), "join", null, lst(s("a"), i(1L))));
        // "-".join(5)
        raises("TypeError", "can only join an iterable", () -> m(s("-"), "join", null, i(5L)));
        // "".join(["a", b"b"])
        raises("TypeError", "sequence item 1: expected str instance, bytes found", () -> m(s(""), "join", null, lst(s("a"), b("b"))));
        // "-".join(iter(["x", "y"]))
        eq("'x-y'", m(s("-"), "join", null, iter(lst(s("x"), s("y")))));
        // "x".join(["\U0001f600", "\\u00e9"])
        eq("'\ud83d\ude00x\u00e9'", m(s("x"), "join", null, lst(s("\ud83d\ude00"), s("\u00e9"))));
        // "-".join({"k": 1})
        eq("'k'", m(s("-"), "join", null, dict(s("k"), i(1L))));
        // "".join()
        raises("TypeError", "str.join() takes exactly one argument (0 given)", () -> m(s(""), "join", null));
        // "key=value=more".partition("=")
        eq("('key', '=', 'value=more')", m(s("key=value=more"), "partition", null, s("=")));
        // "key=value=more".rpartition("=")
        eq("('key=value', '=', 'more')", m(s("key=value=more"), "rpartition", null, s("=")));
        // "novalue".partition("=")
        eq("('novalue', '', '')", m(s("novalue"), "partition", null, s("=")));
        // "novalue".rpartition("=")
        eq("('', '', 'novalue')", m(s("novalue"), "rpartition", null, s("=")));
        // "a".partition("")
        raises("ValueError", "empty separator", () -> m(s("a"), "partition", null, s("")));
        // "a".partition(1)
        raises("TypeError", "must be str, not int", () -> m(s("a"), "partition", null, i(1L)));
        // "a\U0001f600b".partition("\U0001f600")
        eq("('a', '\ud83d\ude00', 'b')", m(s("a\ud83d\ude00b"), "partition", null, s("\ud83d\ude00")));
    }

    @Test
    void stripPad() {
        // repr("  \t hello \n ".strip())
        eq("\"'hello'\"", repr(m(s("  \t hello \n "), "strip", null)));
        // "  \t hello \n ".lstrip()
        eq("'hello \\n '", m(s("  \t hello \n "), "lstrip", null));
        // "  \t hello \n ".rstrip()
        eq("'  \\t hello'", m(s("  \t hello \n "), "rstrip", null));
        // "xxhixx".strip("x")
        eq("'hi'", m(s("xxhixx"), "strip", null, s("x")));
        // "abcHELLOcba".strip("abc")
        eq("'HELLO'", m(s("abcHELLOcba"), "strip", null, s("abc")));
        // "hello".strip("")
        eq("'hello'", m(s("hello"), "strip", null, s("")));
        // "\\u3000wide\\u3000".strip()
        eq("'wide'", m(s("\u3000wide\u3000"), "strip", null));
        // "\x1c\x1dsep\x1e\x1f".strip()
        eq("'sep'", m(s("\u001c\u001dsep\u001e\u001f"), "strip", null));
        // "www.example.com".lstrip("w.")
        eq("'example.com'", m(s("www.example.com"), "lstrip", null, s("w.")));
        // "file.txt.bak".rstrip(".bak")
        eq("'file.txt'", m(s("file.txt.bak"), "rstrip", null, s(".bak")));
        // "a".strip(None)
        eq("'a'", m(s("a"), "strip", null, NONE));
        // "a".strip(1)
        raises("TypeError", "strip arg must be None or str", () -> m(s("a"), "strip", null, i(1L)));
        // "a".strip("a", "b")
        raises("TypeError", "strip expected at most 1 argument, got 2", () -> m(s("a"), "strip", null, s("a"), s("b")));
        // "\U0001f600a\U0001f600".strip("\U0001f600")
        eq("'a'", m(s("\ud83d\ude00a\ud83d\ude00"), "strip", null, s("\ud83d\ude00")));
        // "".strip()
        eq("''", m(s(""), "strip", null));
        // "hi".center(7)
        eq("'   hi  '", m(s("hi"), "center", null, i(7L)));
        // "hi".center(8, "*")
        eq("'***hi***'", m(s("hi"), "center", null, i(8L), s("*")));
        // "hi".center(1)
        eq("'hi'", m(s("hi"), "center", null, i(1L)));
        // "abc".center(6, "-")
        eq("'-abc--'", m(s("abc"), "center", null, i(6L), s("-")));
        // "abc".center(4)
        eq("'abc '", m(s("abc"), "center", null, i(4L)));
        // "a".center(-1)
        eq("'a'", m(s("a"), "center", null, i(-1L)));
        // "x".center(5, "ab")
        raises("TypeError", "The fill character must be exactly one character long", () -> m(s("x"), "center", null, i(5L), s("ab")));
        // "x".center("5")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(s("x"), "center", null, s("5")));
        // "x".center(5, 1)
        raises("TypeError", "The fill character must be a unicode character, not int", () -> m(s("x"), "center", null, i(5L), i(1L)));
        // "x".center()
        raises("TypeError", "center expected at least 1 argument, got 0", () -> m(s("x"), "center", null));
        // "x".center(1, 2, 3)
        raises("TypeError", "center expected at most 2 arguments, got 3", () -> m(s("x"), "center", null, i(1L), i(2L), i(3L)));
        // "\U0001f600".center(5, "\\u00e9")
        eq("'\u00e9\u00e9\ud83d\ude00\u00e9\u00e9'", m(s("\ud83d\ude00"), "center", null, i(5L), s("\u00e9")));
        // "ab".ljust(5)
        eq("'ab   '", m(s("ab"), "ljust", null, i(5L)));
        // "ab".rjust(5, "0")
        eq("'000ab'", m(s("ab"), "rjust", null, i(5L), s("0")));
        // "ab".ljust(1)
        eq("'ab'", m(s("ab"), "ljust", null, i(1L)));
        // "ab".ljust(5, "\U0001f600")
        eq("'ab\ud83d\ude00\ud83d\ude00\ud83d\ude00'", m(s("ab"), "ljust", null, i(5L), s("\ud83d\ude00")));
        // "42".zfill(5)
        eq("'00042'", m(s("42"), "zfill", null, i(5L)));
        // "-42".zfill(6)
        eq("'-00042'", m(s("-42"), "zfill", null, i(6L)));
        // "+7".zfill(4)
        eq("'+007'", m(s("+7"), "zfill", null, i(4L)));
        // "abc".zfill(6)
        eq("'000abc'", m(s("abc"), "zfill", null, i(6L)));
        // "".zfill(3)
        eq("'000'", m(s(""), "zfill", null, i(3L)));
        // "-".zfill(3)
        eq("'-00'", m(s("-"), "zfill", null, i(3L)));
        // "ab".zfill(-5)
        eq("'ab'", m(s("ab"), "zfill", null, i(-5L)));
        // "ab".zfill("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(s("ab"), "zfill", null, s("x")));
        // "\U0001f600".zfill(3)
        eq("'00\ud83d\ude00'", m(s("\ud83d\ude00"), "zfill", null, i(3L)));
        // "a\tb\tc".expandtabs()
        eq("'a       b       c'", m(s("a\tb\tc"), "expandtabs", null));
        // "a\tb".expandtabs(4)
        eq("'a   b'", m(s("a\tb"), "expandtabs", null, i(4L)));
        // "12345\t6".expandtabs(4)
        eq("'12345   6'", m(s("12345\t6"), "expandtabs", null, i(4L)));
        // "x\ty\nab\tc".expandtabs(3)
        eq("'x  y\\nab c'", m(s("x\ty\nab\tc"), "expandtabs", null, i(3L)));
        // "\t".expandtabs(0)
        eq("''", m(s("\t"), "expandtabs", null, i(0L)));
        // "a\tb".expandtabs(-1)
        eq("'ab'", m(s("a\tb"), "expandtabs", null, i(-1L)));
        // "a\tb".expandtabs(tabsize=2)
        eq("'a b'", m(s("a\tb"), "expandtabs", kw("tabsize"), i(2L)));
        // "a\tb".expandtabs("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(s("a\tb"), "expandtabs", null, s("x")));
        // "\U0001f600\tb".expandtabs(4)
        eq("'\ud83d\ude00   b'", m(s("\ud83d\ude00\tb"), "expandtabs", null, i(4L)));
        // "a\r\tb".expandtabs(4)
        eq("'a\\r    b'", m(s("a\r\tb"), "expandtabs", null, i(4L)));
        // "prefix_body".removeprefix("prefix_")
        eq("'body'", m(s("prefix_body"), "removeprefix", null, s("prefix_")));
        // "body_suffix".removesuffix("_suffix")
        eq("'body'", m(s("body_suffix"), "removesuffix", null, s("_suffix")));
        // "abc".removeprefix("x")
        eq("'abc'", m(s("abc"), "removeprefix", null, s("x")));
        // "abc".removesuffix("")
        eq("'abc'", m(s("abc"), "removesuffix", null, s("")));
        // "abc".removeprefix(1)
        raises("TypeError", "removeprefix() argument must be str, not int", () -> m(s("abc"), "removeprefix", null, i(1L)));
        // "abc".removesuffix(None)
        raises("TypeError", "removesuffix() argument must be str, not None", () -> m(s("abc"), "removesuffix", null, NONE));
    }

    @Test
    void caseMapping() {
        // "hello world".upper()
        eq("'HELLO WORLD'", m(s("hello world"), "upper", null));
        // "Hello World".lower()
        eq("'hello world'", m(s("Hello World"), "lower", null));
        // "hello world".title()
        eq("'Hello World'", m(s("hello world"), "title", null));
        // "hello WORLD".capitalize()
        eq("'Hello world'", m(s("hello WORLD"), "capitalize", null));
        // "hELLO wORLD".swapcase()
        eq("'Hello World'", m(s("hELLO wORLD"), "swapcase", null));
        // "Hello".casefold()
        eq("'hello'", m(s("Hello"), "casefold", null));
        // "\\u00df stra\\u00dfe".upper()
        eq("'SS STRASSE'", m(s("\u00df stra\u00dfe"), "upper", null));
        // "\\u00df".upper()
        eq("'SS'", m(s("\u00df"), "upper", null));
        // "stra\\u00dfe".casefold()
        eq("'strasse'", m(s("stra\u00dfe"), "casefold", null));
        // "\\u01c5ungla".upper()
        eq("'\u01c4UNGLA'", m(s("\u01c5ungla"), "upper", null));
        // "\\u01c5ungla".lower()
        eq("'\u01c6ungla'", m(s("\u01c5ungla"), "lower", null));
        // "\\u01c5ungla".title()
        eq("'\u01c5ungla'", m(s("\u01c5ungla"), "title", null));
        // "\\u01c6emal".capitalize()
        eq("'\u01c5emal'", m(s("\u01c6emal"), "capitalize", null));
        // "\\u01c6".title()
        eq("'\u01c5'", m(s("\u01c6"), "title", null));
        // "i\\u0307stanbul".upper()
        eq("'I\u0307STANBUL'", m(s("i\u0307stanbul"), "upper", null));
        // "\\u0130".lower()
        eq("'i\u0307'", m(s("\u0130"), "lower", null));
        // "\\u0130".casefold()
        eq("'i\u0307'", m(s("\u0130"), "casefold", null));
        // "\\ufb01ne".upper()
        eq("'FINE'", m(s("\ufb01ne"), "upper", null));
        // "\\ufb01ne".title()
        eq("'Fine'", m(s("\ufb01ne"), "title", null));
        // "\\ufb01ne".capitalize()
        eq("'Fine'", m(s("\ufb01ne"), "capitalize", null));
        // "\\ufb00".upper()
        eq("'FF'", m(s("\ufb00"), "upper", null));
        // "\\u0149".upper()
        eq("'\u02bcN'", m(s("\u0149"), "upper", null));
        // "\\u0149".title()
        eq("'\u02bcN'", m(s("\u0149"), "title", null));
        // "\\u0390".upper()
        eq("'\u0399\u0308\u0301'", m(s("\u0390"), "upper", null));
        // "\\u0390".title()
        eq("'\u0399\u0308\u0301'", m(s("\u0390"), "title", null));
        // "\\u03a3\\u0391\\u03a3 \\u03c3\\u03b1\\u03c2".lower()
        eq("'\u03c3\u03b1\u03c2 \u03c3\u03b1\u03c2'", m(s("\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2"), "lower", null));
        // "\\u03a3".lower()
        eq("'\u03c3'", m(s("\u03a3"), "lower", null));
        // "\\u0391\\u03a3".lower()
        eq("'\u03b1\u03c2'", m(s("\u0391\u03a3"), "lower", null));
        // "\\u0391\\u03a3 \\u0391".lower()
        eq("'\u03b1\u03c2 \u03b1'", m(s("\u0391\u03a3 \u0391"), "lower", null));
        // "\\u0391\\u03a3\\u0391".lower()
        eq("'\u03b1\u03c3\u03b1'", m(s("\u0391\u03a3\u0391"), "lower", null));
        // "\\u0391\\u03a3'".lower()
        eq("\"\u03b1\u03c2'\"", m(s("\u0391\u03a3'"), "lower", null));
        // "\\u03a3".casefold()
        eq("'\u03c3'", m(s("\u03a3"), "casefold", null));
        // "\\u0391\\u03a3".swapcase()
        eq("'\u03b1\u03c2'", m(s("\u0391\u03a3"), "swapcase", null));
        // "\\u0391\\u03a3".title()
        eq("'\u0391\u03c2'", m(s("\u0391\u03a3"), "title", null));
        // "\\u1f80".title()
        eq("'\u1f88'", m(s("\u1f80"), "title", null));
        // "\\u1fb2".title()
        eq("'\u1fba\u0345'", m(s("\u1fb2"), "title", null));
        // "\\u1fb3".upper()
        eq("'\u0391\u0399'", m(s("\u1fb3"), "upper", null));
        // "\\u1fb7 x".title()
        eq("'\u0391\u0342\u0345 X'", m(s("\u1fb7 x"), "title", null));
        // "\\u13a0\\uab70".casefold()
        eq("'\u13a0\u13a0'", m(s("\u13a0\uab70"), "casefold", null));
        // "\\u1e9e".casefold()
        eq("'ss'", m(s("\u1e9e"), "casefold", null));
        // "\\u0131".casefold()
        eq("'\u0131'", m(s("\u0131"), "casefold", null));
        // "\\u1f88".swapcase()
        eq("'\u1f88'", m(s("\u1f88"), "swapcase", null));
        // "\\u00b5".upper()
        eq("'\u039c'", m(s("\u00b5"), "upper", null));
        // "\\u00b5".casefold()
        eq("'\u03bc'", m(s("\u00b5"), "casefold", null));
        // "they're bill's friends".title()
        eq("\"They'Re Bill'S Friends\"", m(s("they're bill's friends"), "title", null));
        // "3rd place".title()
        eq("'3Rd Place'", m(s("3rd place"), "title", null));
        // "a-b_c d.e".title()
        eq("'A-B_C D.E'", m(s("a-b_c d.e"), "title", null));
        // "\\u00c9COLE \\u00e9l\\u00e8ve".title()
        eq("'\u00c9cole \u00c9l\u00e8ve'", m(s("\u00c9COLE \u00e9l\u00e8ve"), "title", null));
        // "".title()
        eq("''", m(s(""), "title", null));
        // "  spaced  out  ".capitalize()
        eq("'  spaced  out  '", m(s("  spaced  out  "), "capitalize", null));
        // "\\u03b1\\u03b2\\u03b3 \\u0394\\u0395\\u0396".swapcase()
        eq("'\u0391\u0392\u0393 \u03b4\u03b5\u03b6'", m(s("\u03b1\u03b2\u03b3 \u0394\u0395\u0396"), "swapcase", null));
        // "\U00010428\U00010400".swapcase()
        eq("'\ud801\udc00\ud801\udc28'", m(s("\ud801\udc28\ud801\udc00"), "swapcase", null));
        // "\U00010428".upper()
        eq("'\ud801\udc00'", m(s("\ud801\udc28"), "upper", null));
        // "ABC".lower()
        eq("'abc'", m(s("ABC"), "lower", null));
        // "abc".upper()
        eq("'ABC'", m(s("abc"), "upper", null));
        // "123".upper()
        eq("'123'", m(s("123"), "upper", null));
        // "ﬀ".casefold()
        eq("'ff'", m(s("\ufb00"), "casefold", null));
        // "ǰ".upper()
        eq("'J\u030c'", m(s("\u01f0"), "upper", null));
        // "ǰ".title()
        eq("'J\u030c'", m(s("\u01f0"), "title", null));
        // "և".title()
        eq("'\u0535\u0582'", m(s("\u0587"), "title", null));
        // "ﬓ".title()
        eq("'\u0544\u0576'", m(s("\ufb13"), "title", null));
    }

    @Test
    void predicates() {
        // "abc".isalpha()
        eq("True", m(s("abc"), "isalpha", null));
        // "abc1".isalpha()
        eq("False", m(s("abc1"), "isalpha", null));
        // "".isalpha()
        eq("False", m(s(""), "isalpha", null));
        // "abc1".isalnum()
        eq("True", m(s("abc1"), "isalnum", null));
        // "\\u00bd".isalnum()
        eq("True", m(s("\u00bd"), "isalnum", null));
        // "123".isdigit()
        eq("True", m(s("123"), "isdigit", null));
        // "\\u00b2".isdigit()
        eq("True", m(s("\u00b2"), "isdigit", null));
        // "\\u00b2".isdecimal()
        eq("False", m(s("\u00b2"), "isdecimal", null));
        // "\\u0663".isdecimal()
        eq("True", m(s("\u0663"), "isdecimal", null));
        // "\\u00bd".isnumeric()
        eq("True", m(s("\u00bd"), "isnumeric", null));
        // "\\u00bd".isdigit()
        eq("False", m(s("\u00bd"), "isdigit", null));
        // "\\u4e00".isnumeric()
        eq("True", m(s("\u4e00"), "isnumeric", null));
        // "\\u4e00".isalpha()
        eq("True", m(s("\u4e00"), "isalpha", null));
        // "\\u2167".isnumeric()
        eq("True", m(s("\u2167"), "isnumeric", null));
        // "\\u2167".isalpha()
        eq("False", m(s("\u2167"), "isalpha", null));
        // " \t\n".isspace()
        eq("True", m(s(" \t\n"), "isspace", null));
        // "".isspace()
        eq("False", m(s(""), "isspace", null));
        // "\\u00a0\\u3000\x1c".isspace()
        eq("True", m(s("\u00a0\u3000\u001c"), "isspace", null));
        // "\\u200b".isspace()
        eq("False", m(s("\u200b"), "isspace", null));
        // "_id".isidentifier()
        eq("True", m(s("_id"), "isidentifier", null));
        // "id_2".isidentifier()
        eq("True", m(s("id_2"), "isidentifier", null));
        // "2id".isidentifier()
        eq("False", m(s("2id"), "isidentifier", null));
        // "class".isidentifier()
        eq("True", m(s("class"), "isidentifier", null));
        // "\\u03a9mega".isidentifier()
        eq("True", m(s("\u03a9mega"), "isidentifier", null));
        // "".isidentifier()
        eq("False", m(s(""), "isidentifier", null));
        // "a.b".isidentifier()
        eq("False", m(s("a.b"), "isidentifier", null));
        // "a\\u00b7b".isidentifier()
        eq("True", m(s("a\u00b7b"), "isidentifier", null));
        // "\\u2118x".isidentifier()
        eq("True", m(s("\u2118x"), "isidentifier", null));
        // "x\\u0300".isidentifier()
        eq("True", m(s("x\u0300"), "isidentifier", null));
        // "\\u309b".isidentifier()
        eq("False", m(s("\u309b"), "isidentifier", null));
        // "abc".isprintable()
        eq("True", m(s("abc"), "isprintable", null));
        // "".isprintable()
        eq("True", m(s(""), "isprintable", null));
        // "a\n".isprintable()
        eq("False", m(s("a\n"), "isprintable", null));
        // "\\u200b".isprintable()
        eq("False", m(s("\u200b"), "isprintable", null));
        // "\U0001f600".isprintable()
        eq("True", m(s("\ud83d\ude00"), "isprintable", null));
        // "\\u00a0".isprintable()
        eq("False", m(s("\u00a0"), "isprintable", null));
        // "\\ue000".isprintable()
        eq("False", m(s("\ue000"), "isprintable", null));
        // "abc".isascii()
        eq("True", m(s("abc"), "isascii", null));
        // "\\u00e9".isascii()
        eq("False", m(s("\u00e9"), "isascii", null));
        // "".isascii()
        eq("True", m(s(""), "isascii", null));
        // "\x7f".isascii()
        eq("True", m(s("\u007f"), "isascii", null));
        // "hello".islower()
        eq("True", m(s("hello"), "islower", null));
        // "Hello".islower()
        eq("False", m(s("Hello"), "islower", null));
        // "123".islower()
        eq("False", m(s("123"), "islower", null));
        // "a1".islower()
        eq("True", m(s("a1"), "islower", null));
        // "\\u02b0".islower()
        eq("True", m(s("\u02b0"), "islower", null));
        // "HELLO".isupper()
        eq("True", m(s("HELLO"), "isupper", null));
        // "HELLO1".isupper()
        eq("True", m(s("HELLO1"), "isupper", null));
        // "\\u01c5".isupper()
        eq("False", m(s("\u01c5"), "isupper", null));
        // "\\u01c5".istitle()
        eq("True", m(s("\u01c5"), "istitle", null));
        // "Hello World".istitle()
        eq("True", m(s("Hello World"), "istitle", null));
        // "Hello world".istitle()
        eq("False", m(s("Hello world"), "istitle", null));
        // "HEllo".istitle()
        eq("False", m(s("HEllo"), "istitle", null));
        // "123".istitle()
        eq("False", m(s("123"), "istitle", null));
        // "A1 B2".istitle()
        eq("True", m(s("A1 B2"), "istitle", null));
        // "\\u01c5a".istitle()
        eq("True", m(s("\u01c5a"), "istitle", null));
        // "\\u2160".isupper()
        eq("True", m(s("\u2160"), "isupper", null));
        // "abc".isalpha(1)
        raises("TypeError", "str.isalpha() takes no arguments (1 given)", () -> m(s("abc"), "isalpha", null, i(1L)));
    }

    @Test
    void translate() {
        // str.maketrans("abc", "xyz")
        eq("{97: 120, 98: 121, 99: 122}", m(PyStr.TYPE, "maketrans", null, s("abc"), s("xyz")));
        // str.maketrans({"a": "AA", "b": None, "c": 100})
        eq("{97: 'AA', 98: None, 99: 100}", m(PyStr.TYPE, "maketrans", null, dict(s("a"), s("AA"), s("b"), NONE, s("c"), i(100L))));
        // str.maketrans("ab", "12", "xyz")
        eq("{97: 49, 98: 50, 120: None, 121: None, 122: None}", m(PyStr.TYPE, "maketrans", null, s("ab"), s("12"), s("xyz")));
        // str.maketrans("abc", "xy")
        raises("ValueError", "the first two maketrans arguments must have equal length", () -> m(PyStr.TYPE, "maketrans", null, s("abc"), s("xy")));
        // str.maketrans({"ab": 1})
        raises("ValueError", "string keys in translate table must be of length 1", () -> m(PyStr.TYPE, "maketrans", null, dict(s("ab"), i(1L))));
        // str.maketrans({1.5: 1})
        raises("TypeError", "keys in translate table must be strings or integers", () -> m(PyStr.TYPE, "maketrans", null, dict(f(1.5), i(1L))));
        // str.maketrans(1)
        raises("TypeError", "if you give only one argument to maketrans it must be a dict", () -> m(PyStr.TYPE, "maketrans", null, i(1L)));
        // str.maketrans("a", 1)
        raises("TypeError", "maketrans() argument 2 must be str, not int", () -> m(PyStr.TYPE, "maketrans", null, s("a"), i(1L)));
        // str.maketrans(1, "a")
        raises("TypeError", "first maketrans argument must be a string if there is a second argument", () -> m(PyStr.TYPE, "maketrans", null, i(1L), s("a")));
        // str.maketrans("", "", 1)
        raises("TypeError", "maketrans() argument 3 must be str, not int", () -> m(PyStr.TYPE, "maketrans", null, s(""), s(""), i(1L)));
        // str.maketrans()
        raises("TypeError", "maketrans expected at least 1 argument, got 0", () -> m(PyStr.TYPE, "maketrans", null));
        // str.maketrans({97: "x", "\U0001f600": 1})
        eq("{97: 'x', 128512: 1}", m(PyStr.TYPE, "maketrans", null, dict(i(97L), s("x"), s("\ud83d\ude00"), i(1L))));
        // "aabbcc".translate(str.maketrans("abc", "xyz"))
        eq("'xxyyzz'", m(s("aabbcc"), "translate", null, m(PyStr.TYPE, "maketrans", null, s("abc"), s("xyz"))));
        // "abcabc".translate({97: "AA", 98: None, 99: 100})
        eq("'AAdAAd'", m(s("abcabc"), "translate", null, dict(i(97L), s("AA"), i(98L), NONE, i(99L), i(100L))));
        // "hello".translate({108: "L", 111: ""})
        eq("'heLL'", m(s("hello"), "translate", null, dict(i(108L), s("L"), i(111L), s(""))));
        // "abc".translate({97: 3.5})
        raises("TypeError", "character mapping must return integer, None or str", () -> m(s("abc"), "translate", null, dict(i(97L), f(3.5))));
        // "abc".translate({97: 0x110000})
        raises("ValueError", "character mapping must be in range(0x110000)", () -> m(s("abc"), "translate", null, dict(i(97L), i(1114112L))));
        // "abc".translate({97: -1})
        raises("ValueError", "character mapping must be in range(0x110000)", () -> m(s("abc"), "translate", null, dict(i(97L), i(-1L))));
        // "abc".translate(None)
        raises("TypeError", "'NoneType' object is not subscriptable", () -> m(s("abc"), "translate", null, NONE));
        // "abc".translate([])
        eq("'abc'", m(s("abc"), "translate", null, lst()));
        // "abc".translate("xyz")
        eq("'abc'", m(s("abc"), "translate", null, s("xyz")));
        // "a\U0001f600".translate({0x1f600: "smile"})
        eq("'asmile'", m(s("a\ud83d\ude00"), "translate", null, dict(i(128512L), s("smile"))));
        // "abc".translate()
        raises("TypeError", "str.translate() takes exactly one argument (0 given)", () -> m(s("abc"), "translate", null));
        // "abc".translate({97: 0x1f600})
        eq("'\ud83d\ude00bc'", m(s("abc"), "translate", null, dict(i(97L), i(128512L))));
    }

    @Test
    void encode() {
        // "Hello".encode()
        eq("b'Hello'", m(s("Hello"), "encode", null));
        // "\\u00e9".encode("latin-1")
        eq("b'\\xe9'", m(s("\u00e9"), "encode", null, s("latin-1")));
        // "\\u00e9".encode("utf-8")
        eq("b'\\xc3\\xa9'", m(s("\u00e9"), "encode", null, s("utf-8")));
        // "\\u65e5".encode("utf-16")
        eq("b'\\xff\\xfe\\xe5e'", m(s("\u65e5"), "encode", null, s("utf-16")));
        // "x".encode("ascii")
        eq("b'x'", m(s("x"), "encode", null, s("ascii")));
        // "\\u00e9".encode("ascii")
        raises("UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", () -> m(s("\u00e9"), "encode", null, s("ascii")));
        // "a\\u00e9\\u00e9".encode("ascii")
        raises("UnicodeEncodeError", "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)", () -> m(s("a\u00e9\u00e9"), "encode", null, s("ascii")));
        // "a\\u00e9\\u20ac".encode("latin-1")
        raises("UnicodeEncodeError", "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)", () -> m(s("a\u00e9\u20ac"), "encode", null, s("latin-1")));
        // "\\u00e9\\u20ac\U0001f600".encode("latin-1")
        raises("UnicodeEncodeError", "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)", () -> m(s("\u00e9\u20ac\ud83d\ude00"), "encode", null, s("latin-1")));
        // "\U0001f600x".encode("ascii")
        raises("UnicodeEncodeError", "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)", () -> m(s("\ud83d\ude00x"), "encode", null, s("ascii")));
        // "\\u00e9\\u65e5".encode("ascii", "replace")
        eq("b'??'", m(s("\u00e9\u65e5"), "encode", null, s("ascii"), s("replace")));
        // "\\u00e9\\u65e5".encode("ascii", "ignore")
        eq("b''", m(s("\u00e9\u65e5"), "encode", null, s("ascii"), s("ignore")));
        // "\\u00e9\\u65e5".encode("ascii", "xmlcharrefreplace")
        eq("b'&#233;&#26085;'", m(s("\u00e9\u65e5"), "encode", null, s("ascii"), s("xmlcharrefreplace")));
        // "\\u00e9\\u65e5\U0001f600".encode("ascii", "backslashreplace")
        eq("b'\\\\xe9\\\\u65e5\\\\U0001f600'", m(s("\u00e9\u65e5\ud83d\ude00"), "encode", null, s("ascii"), s("backslashreplace")));
        // "\\u65e5\\u672c".encode("ascii", "namereplace")
        eq("b'\\\\N{CJK UNIFIED IDEOGRAPH-65E5}\\\\N{CJK UNIFIED IDEOGRAPH-672C}'", m(s("\u65e5\u672c"), "encode", null, s("ascii"), s("namereplace")));
        // "\\u20ac".encode("latin-1", "namereplace")
        eq("b'\\\\N{EURO SIGN}'", m(s("\u20ac"), "encode", null, s("latin-1"), s("namereplace")));
        // "\x80".encode("ascii", "namereplace")
        eq("b'\\\\x80'", m(s("\u0080"), "encode", null, s("ascii"), s("namereplace")));
        // "x".encode("no-such-codec")
        raises("LookupError", "unknown encoding: no-such-codec", () -> m(s("x"), "encode", null, s("no-such-codec")));
        // "\\u00e9".encode("ascii", "foo")
        raises("LookupError", "unknown error handler name 'foo'", () -> m(s("\u00e9"), "encode", null, s("ascii"), s("foo")));
        // "a".encode("ascii", "foo")
        eq("b'a'", m(s("a"), "encode", null, s("ascii"), s("foo")));
        // "\\ud800".encode()
        raises("UnicodeEncodeError", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", () -> m(s("\ud800"), "encode", null));
        // "\\ud800x".encode("utf-8", "surrogateescape")
        raises("UnicodeEncodeError", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", () -> m(s("\ud800x"), "encode", null, s("utf-8"), s("surrogateescape")));
        // "\\udc80x".encode("utf-8", "surrogateescape")
        eq("b'\\x80x'", m(s("\udc80x"), "encode", null, s("utf-8"), s("surrogateescape")));
        // "\\udc80x".encode("ascii", "surrogateescape")
        eq("b'\\x80x'", m(s("\udc80x"), "encode", null, s("ascii"), s("surrogateescape")));
        // "\\u00e9".encode("ascii", "surrogateescape")
        raises("UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", () -> m(s("\u00e9"), "encode", null, s("ascii"), s("surrogateescape")));
        // "\\ud800".encode("utf-8", "surrogatepass")
        eq("b'\\xed\\xa0\\x80'", m(s("\ud800"), "encode", null, s("utf-8"), s("surrogatepass")));
        // "\\ud800".encode("utf-16-le", "surrogatepass")
        eq("b'\\x00\\xd8'", m(s("\ud800"), "encode", null, s("utf-16-le"), s("surrogatepass")));
        // "\\ud800".encode("utf-16")
        raises("UnicodeEncodeError", "'utf-16' codec can't encode character '\\ud800' in position 0: surrogates not allowed", () -> m(s("\ud800"), "encode", null, s("utf-16")));
        // "\\ud800".encode("utf-32")
        raises("UnicodeEncodeError", "'utf-32' codec can't encode character '\\ud800' in position 0: surrogates not allowed", () -> m(s("\ud800"), "encode", null, s("utf-32")));
        // "a\U0001f600\\u00e9".encode("utf-16")
        eq("b'\\xff\\xfea\\x00=\\xd8\\x00\\xde\\xe9\\x00'", m(s("a\ud83d\ude00\u00e9"), "encode", null, s("utf-16")));
        // "a\U0001f600\\u00e9".encode("utf-16-be")
        eq("b'\\x00a\\xd8=\\xde\\x00\\x00\\xe9'", m(s("a\ud83d\ude00\u00e9"), "encode", null, s("utf-16-be")));
        // "a\U0001f600\\u00e9".encode("utf-32")
        eq("b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00\\xe9\\x00\\x00\\x00'", m(s("a\ud83d\ude00\u00e9"), "encode", null, s("utf-32")));
        // "a\U0001f600".encode("utf-32-be")
        eq("b'\\x00\\x00\\x00a\\x00\\x01\\xf6\\x00'", m(s("a\ud83d\ude00"), "encode", null, s("utf-32-be")));
        // "\\u00e9".encode("UTF8")
        eq("b'\\xc3\\xa9'", m(s("\u00e9"), "encode", null, s("UTF8")));
        // "\\u00e9".encode("Latin_1")
        eq("b'\\xe9'", m(s("\u00e9"), "encode", null, s("Latin_1")));
        // "\\u00e9".encode("utf-8-sig")
        eq("b'\\xef\\xbb\\xbf\\xc3\\xa9'", m(s("\u00e9"), "encode", null, s("utf-8-sig")));
        // "\\u00e9".encode(encoding="utf-16-le")
        eq("b'\\xe9\\x00'", m(s("\u00e9"), "encode", kw("encoding"), s("utf-16-le")));
        // "a".encode(1)
        raises("TypeError", "encode() argument 'encoding' must be str, not int", () -> m(s("a"), "encode", null, i(1L)));
        // "a".encode(errors=1)
        raises("TypeError", "encode() argument 'errors' must be str, not int", () -> m(s("a"), "encode", kw("errors"), i(1L)));
        // "a".encode("a", "b", "c")
        raises("TypeError", "encode() takes at most 2 arguments (3 given)", () -> m(s("a"), "encode", null, s("a"), s("b"), s("c")));
        // "\\u00e9\n\\".encode("unicode_escape")
        eq("b'\\\\xe9\\\\n\\\\\\\\'", m(s("\u00e9\n\\"), "encode", null, s("unicode_escape")));
        // "\\u00e9\\u20ac".encode("raw_unicode_escape")
        eq("b'\\xe9\\\\u20ac'", m(s("\u00e9\u20ac"), "encode", null, s("raw_unicode_escape")));
        // "\\u20ac".encode("cp1252")
        eq("b'\\x80'", m(s("\u20ac"), "encode", null, s("cp1252")));
        // "\\u20ac".encode("cp437")
        raises("UnicodeEncodeError", "'charmap' codec can't encode character '\\u20ac' in position 0: character maps to <undefined>", () -> m(s("\u20ac"), "encode", null, s("cp437")));
        // "\\u00e9\\u20ac".encode("ascii", "strict")
        raises("UnicodeEncodeError", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)", () -> m(s("\u00e9\u20ac"), "encode", null, s("ascii"), s("strict")));
        // len("h\\u00e9llo, w\\u00f6rld! \\u65e5\\u672c\\u8a9e \U0001f600 ok".encode("utf-16-le"))
        eq("46", len(m(s("h\u00e9llo, w\u00f6rld! \u65e5\u672c\u8a9e \ud83d\ude00 ok"), "encode", null, s("utf-16-le"))));
    }

    @Test
    void formatSpec() {
        // format("abc", "")
        eq("'abc'", format(s("abc"), s("")));
        // format("abc", "10")
        eq("'abc       '", format(s("abc"), s("10")));
        // format("abc", "<10")
        eq("'abc       '", format(s("abc"), s("<10")));
        // format("abc", ">10")
        eq("'       abc'", format(s("abc"), s(">10")));
        // format("abc", "^10")
        eq("'   abc    '", format(s("abc"), s("^10")));
        // format("abc", "*^9")
        eq("'***abc***'", format(s("abc"), s("*^9")));
        // format("abc", ".1")
        eq("'a'", format(s("abc"), s(".1")));
        // format("abc", "10.2")
        eq("'ab        '", format(s("abc"), s("10.2")));
        // format("abc", "s")
        eq("'abc'", format(s("abc"), s("s")));
        // format("abc", "=^5")
        eq("'=abc='", format(s("abc"), s("=^5")));
        // format("ab", "^5")
        eq("' ab  '", format(s("ab"), s("^5")));
        // format("abc", "d")
        raises("ValueError", "Unknown format code 'd' for object of type 'str'", () -> format(s("abc"), s("d")));
        // format("abc", "+")
        raises("ValueError", "Sign not allowed in string format specifier", () -> format(s("abc"), s("+")));
        // format("abc", " ")
        raises("ValueError", "Space not allowed in string format specifier", () -> format(s("abc"), s(" ")));
        // format("abc", "=")
        raises("ValueError", "'=' alignment not allowed in string format specifier", () -> format(s("abc"), s("=")));
        // format("abc", ",")
        raises("ValueError", "Cannot specify ',' with 's'.", () -> format(s("abc"), s(",")));
        // format("abc", "_")
        raises("ValueError", "Cannot specify '_' with 's'.", () -> format(s("abc"), s("_")));
        // format("abc", "x")
        raises("ValueError", "Unknown format code 'x' for object of type 'str'", () -> format(s("abc"), s("x")));
        // format("abc", "05")
        eq("'abc00'", format(s("abc"), s("05")));
        // format("abc", "010")
        eq("'abc0000000'", format(s("abc"), s("010")));
        // format("abc", "<010")
        eq("'abc0000000'", format(s("abc"), s("<010")));
        // format("abc", "0")
        eq("'abc'", format(s("abc"), s("0")));
        // format("abc", "1000000000000000000000")
        raises("ValueError", "Too many decimal digits in format string", () -> format(s("abc"), s("1000000000000000000000")));
        // format("abc", ".1000000000000000000000")
        raises("ValueError", "Too many decimal digits in format string", () -> format(s("abc"), s(".1000000000000000000000")));
        // format("abc", "<<<")
        raises("ValueError", "Unknown format code '<' for object of type 'str'", () -> format(s("abc"), s("<<<")));
        // format("abc", "<<<<")
        raises("ValueError", "Invalid format specifier '<<<<' for object of type 'str'", () -> format(s("abc"), s("<<<<")));
        // format("abc", "z")
        raises("ValueError", "Negative zero coercion (z) not allowed in string format specifier", () -> format(s("abc"), s("z")));
        // format("abc", "#")
        raises("ValueError", "Alternate form (#) not allowed in string format specifier", () -> format(s("abc"), s("#")));
        // format("abc", ".d")
        raises("ValueError", "Format specifier missing precision", () -> format(s("abc"), s(".d")));
        // format("abc", ".,")
        raises("ValueError", "Format specifier missing precision", () -> format(s("abc"), s(".,")));
        // format("abc", ",s")
        raises("ValueError", "Cannot specify ',' with 's'.", () -> format(s("abc"), s(",s")));
        // format("abc", ",d")
        raises("ValueError", "Unknown format code 'd' for object of type 'str'", () -> format(s("abc"), s(",d")));
        // format("abc", "xx")
        raises("ValueError", "Invalid format specifier 'xx' for object of type 'str'", () -> format(s("abc"), s("xx")));
        // format("abc", "10ss")
        raises("ValueError", "Invalid format specifier '10ss' for object of type 'str'", () -> format(s("abc"), s("10ss")));
        // format("abc", "\\u00e9^5")
        eq("'\u00e9abc\u00e9'", format(s("abc"), s("\u00e9^5")));
        // format("abc", "\U0001f600^5")
        eq("'\ud83d\ude00abc\ud83d\ude00'", format(s("abc"), s("\ud83d\ude00^5")));
        // format("abc", ",_")
        raises("ValueError", "Cannot specify both ',' and '_'.", () -> format(s("abc"), s(",_")));
        // format("abc", "_,")
        raises("ValueError", "Cannot specify both ',' and '_'.", () -> format(s("abc"), s("_,")));
        // format("abc", ",,")
        raises("ValueError", "Cannot specify ',' with ','.", () -> format(s("abc"), s(",,")));
        // format("abc", "__")
        raises("ValueError", "Cannot specify '_' with '_'.", () -> format(s("abc"), s("__")));
        // format("abc", ".0")
        eq("''", format(s("abc"), s(".0")));
        // format("abc", "1_000")
        raises("ValueError", "Invalid format specifier '1_000' for object of type 'str'", () -> format(s("abc"), s("1_000")));
        // format("abc", "%")
        raises("ValueError", "Unknown format code '%' for object of type 'str'", () -> format(s("abc"), s("%")));
        // format("\U0001f600\U0001f601x", ".2")
        eq("'\ud83d\ude00\ud83d\ude01'", format(s("\ud83d\ude00\ud83d\ude01x"), s(".2")));
        // format("\U0001f600", ">3")
        eq("'  \ud83d\ude00'", format(s("\ud83d\ude00"), s(">3")));
        // "abc".__format__(1)
        raises("TypeError", "__format__() argument must be str, not int", () -> m(s("abc"), "__format__", null, i(1L)));
        // "abc".__format__("")
        eq("'abc'", m(s("abc"), "__format__", null, s("")));
        // format("abc", "-")
        raises("ValueError", "Sign not allowed in string format specifier", () -> format(s("abc"), s("-")));
    }

    @Test
    void misc() {
        // "abc".__getnewargs__()
        eq("('abc',)", m(s("abc"), "__getnewargs__", null));
        // "abc".__len__()
        eq("3", m(s("abc"), "__len__", null));
        // "abc".__str__()
        eq("'abc'", m(s("abc"), "__str__", null));
        // "ab".__rmul__(2)
        eq("'abab'", m(s("ab"), "__rmul__", null, i(2L)));
        // "a".__add__("b")
        eq("'ab'", m(s("a"), "__add__", null, s("b")));
        // "a".__rmod__(1)
        eq("NotImplemented", m(s("a"), "__rmod__", null, i(1L)));
        // "a".__rmod__("%s")
        eq("'a'", m(s("a"), "__rmod__", null, s("%s")));
    }
    // ---- end GENERATED ----
}
