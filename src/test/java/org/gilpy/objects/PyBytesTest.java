package org.gilpy.objects;

import static org.gilpy.objects.PyStrTest.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests of bytes. The generated cases were produced by running each commented Python
 * expression under CPython 3.11.7 and recording its repr or its exception.
 */
class PyBytesTest {
    @Test
    void sharedValuesAndJavaApi() {
        assertSame(PyBytes.EMPTY, PyBytes.wrap(new byte[0]));
        assertSame(item(b("xa"), slice(i(1), null, null)), item(b("ya"), slice(i(1), null, null)));
        PyBytes x = b("abc");
        assertSame(x, item(x, slice(null, null, null)));
        assertEquals(3, x.bytesLength());
        assertTrue(x.equals(b("abc")));
        assertEquals(x.hashCode(), b("abc").hashCode());
        PyDict d = new PyDict();
        d.put(b("k"), i(1));
        eq("1", d.get(b("k")));
    }

    @Test
    void subclassInstances() {
        PyType sub = ClassBuilder.create(PyType.TYPE, "SubBytes", new PyType[] {PyBytes.TYPE}, new PyDict());
        PyObject x = Abstract.call(sub, b("ab"));
        assertSame(sub, x.type);
        Abstract.setAttr(x, "tag", i(1));
        eq("1", attr(x, "tag"));
        eq("b'ab'", x);
        eq("True", op("==", x, b("ab")));
        eq("True", hashEq(x, b("ab")));
        assertSame(PyBytes.TYPE, m(x, "upper", null).type);
        eq("b'ab'", m(x, "__bytes__", null));
    }

    @Test
    void iterationYieldsInts() {
        PyObject it = Abstract.iter(b("\u00ffa"));
        eq("'bytes_iterator'", typeName(it));
        eq("255", Abstract.next(it));
        eq("97", Abstract.next(it));
        assertEquals(null, Abstract.next(it));
    }

    // ---- GENERATED from CPython 3.11.7 (one case per commented expression) ----

    @Test
    void construction() {
        // bytes()
        eq("b''", callKw(PyBytes.TYPE, null));
        // bytes(3)
        eq("b'\\x00\\x00\\x00'", callKw(PyBytes.TYPE, null, i(3L)));
        // bytes([65, 66, 200])
        eq("b'AB\\xc8'", callKw(PyBytes.TYPE, null, lst(i(65L), i(66L), i(200L))));
        // bytes([0, 1, 2])
        eq("b'\\x00\\x01\\x02'", callKw(PyBytes.TYPE, null, lst(i(0L), i(1L), i(2L))));
        // bytes("h\\u00e9llo", "utf-8")
        eq("b'h\\xc3\\xa9llo'", callKw(PyBytes.TYPE, null, s("h\u00e9llo"), s("utf-8")));
        // bytes(b"copy")
        eq("b'copy'", callKw(PyBytes.TYPE, null, b("copy")));
        // bytes(bytearray(b"ba"))
        eq("b'ba'", callKw(PyBytes.TYPE, null, callKw(PyByteArray.TYPE, null, b("ba"))));
        // bytes([256])
        raises("ValueError", "bytes must be in range(0, 256)", () -> callKw(PyBytes.TYPE, null, lst(i(256L))));
        // bytes([-1])
        raises("ValueError", "bytes must be in range(0, 256)", () -> callKw(PyBytes.TYPE, null, lst(i(-1L))));
        // bytes(["a"])
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> callKw(PyBytes.TYPE, null, lst(s("a"))));
        // bytes("text")
        raises("TypeError", "string argument without an encoding", () -> callKw(PyBytes.TYPE, null, s("text")));
        // bytes(-1)
        raises("ValueError", "negative count", () -> callKw(PyBytes.TYPE, null, i(-1L)));
        // bytes(1.5)
        raises("TypeError", "cannot convert 'float' object to bytes", () -> callKw(PyBytes.TYPE, null, f(1.5)));
        // bytes("x", "no-codec")
        raises("LookupError", "unknown encoding: no-codec", () -> callKw(PyBytes.TYPE, null, s("x"), s("no-codec")));
        // bytes(encoding="ascii")
        raises("TypeError", "encoding without a string argument", () -> callKw(PyBytes.TYPE, kw("encoding"), s("ascii")));
        // bytes(b"x", "ascii")
        raises("TypeError", "encoding without a string argument", () -> callKw(PyBytes.TYPE, null, b("x"), s("ascii")));
        // bytes(1, errors="x")
        raises("TypeError", "errors without a string argument", () -> callKw(PyBytes.TYPE, kw("errors"), i(1L), s("x")));
        // bytes([1.5])
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> callKw(PyBytes.TYPE, null, lst(f(1.5))));
        // bytes(2**70)
        raises("OverflowError", "cannot fit 'int' into an index-sized integer", () -> callKw(PyBytes.TYPE, null, big("1180591620717411303424")));
        // bytes(x=1)
        raises("TypeError", "'x' is an invalid keyword argument for bytes()", () -> callKw(PyBytes.TYPE, kw("x"), i(1L)));
        // bytes([1], 2, 3, 4)
        raises("TypeError", "bytes() takes at most 3 arguments (4 given)", () -> callKw(PyBytes.TYPE, null, lst(i(1L)), i(2L), i(3L), i(4L)));
        // bytes("abc", encoding="ascii")
        eq("b'abc'", callKw(PyBytes.TYPE, kw("encoding"), s("abc"), s("ascii")));
        // bytes("\\u00e9", "ascii", "replace")
        eq("b'?'", callKw(PyBytes.TYPE, null, s("\u00e9"), s("ascii"), s("replace")));
        // bytes(source=b"k")
        eq("b'k'", callKw(PyBytes.TYPE, kw("source"), b("k")));
        // bytes((1, 2))
        eq("b'\\x01\\x02'", callKw(PyBytes.TYPE, null, tup(i(1L), i(2L))));
        // bytes(iter([3, 4]))
        eq("b'\\x03\\x04'", callKw(PyBytes.TYPE, null, iter(lst(i(3L), i(4L)))));
        // bytes(True)
        eq("b'\\x00'", callKw(PyBytes.TYPE, null, T));
        // bytes("\\u00e9", errors="strict")
        raises("TypeError", "string argument without an encoding", () -> callKw(PyBytes.TYPE, kw("errors"), s("\u00e9"), s("strict")));
        // bytes.fromhex("de ad be ef")
        eq("b'\\xde\\xad\\xbe\\xef'", m(PyBytes.TYPE, "fromhex", null, s("de ad be ef")));
        // bytes.fromhex("")
        eq("b''", m(PyBytes.TYPE, "fromhex", null, s("")));
        // bytes.fromhex("abc")
        raises("ValueError", "non-hexadecimal number found in fromhex() arg at position 3", () -> m(PyBytes.TYPE, "fromhex", null, s("abc")));
        // bytes.fromhex("zz")
        raises("ValueError", "non-hexadecimal number found in fromhex() arg at position 0", () -> m(PyBytes.TYPE, "fromhex", null, s("zz")));
        // bytes.fromhex(b"ab")
        raises("TypeError", "fromhex() argument must be str, not bytes", () -> m(PyBytes.TYPE, "fromhex", null, b("ab")));
        // bytes.fromhex("a b")
        raises("ValueError", "non-hexadecimal number found in fromhex() arg at position 1", () -> m(PyBytes.TYPE, "fromhex", null, s("a b")));
        // bytes.fromhex("ab\n cd")
        eq("b'\\xab\\xcd'", m(PyBytes.TYPE, "fromhex", null, s("ab\n cd")));
        // bytes.fromhex(1)
        raises("TypeError", "fromhex() argument must be str, not int", () -> m(PyBytes.TYPE, "fromhex", null, i(1L)));
        // bytes.fromhex("0g")
        raises("ValueError", "non-hexadecimal number found in fromhex() arg at position 1", () -> m(PyBytes.TYPE, "fromhex", null, s("0g")));
        // bytes.fromhex(" 0a ")
        eq("b'\\n'", m(PyBytes.TYPE, "fromhex", null, s(" 0a ")));
        // bytes.fromhex("0 a")
        raises("ValueError", "non-hexadecimal number found in fromhex() arg at position 1", () -> m(PyBytes.TYPE, "fromhex", null, s("0 a")));
        // bytes.fromhex("AbCd")
        eq("b'\\xab\\xcd'", m(PyBytes.TYPE, "fromhex", null, s("AbCd")));
        // bytes.fromhex(None)
        raises("TypeError", "fromhex() argument must be str, not None", () -> m(PyBytes.TYPE, "fromhex", null, NONE));
    }

    @Test
    void reprAndStr() {
        // b"abc"
        eq("b'abc'", b("abc"));
        // b""
        eq("b''", b(""));
        // b"\x00\x01\x7f\x80\xff"
        eq("b'\\x00\\x01\\x7f\\x80\\xff'", b("\u0000\u0001\u007f\u0080\u00ff"));
        // b"tab\there\nnl\r"
        eq("b'tab\\there\\nnl\\r'", b("tab\there\nnl\r"));
        // b"quote'"
        eq("b\"quote'\"", b("quote'"));
        // b'dq"'
        eq("b'dq\"'", b("dq\""));
        // b"both'\""
        eq("b'both\\'\"'", b("both'\""));
        // b"\\"
        eq("b'\\\\'", b("\\"));
        // str(b"abc")
        eq("\"b'abc'\"", callKw(PyStr.TYPE, null, b("abc")));
        // repr(b"x'y")
        eq("'b\"x\\'y\"'", repr(b("x'y")));
        // b"abc".__str__()
        eq("\"b'abc'\"", m(b("abc"), "__str__", null));
    }

    @Test
    void indexing() {
        // len(b"abc")
        eq("3", len(b("abc")));
        // b"abc"[0]
        eq("97", item(b("abc"), i(0L)));
        // b"abc"[-1]
        eq("99", item(b("abc"), i(-1L)));
        // b"abc"[1:]
        eq("b'bc'", item(b("abc"), slice(i(1L), null, null)));
        // b"abc"[::-1]
        eq("b'cba'", item(b("abc"), slice(null, null, i(-1L))));
        // b"abc"[::2]
        eq("b'ac'", item(b("abc"), slice(null, null, i(2L))));
        // b"abc"[5]
        raises("IndexError", "index out of range", () -> item(b("abc"), i(5L)));
        // b"abc"[-4]
        raises("IndexError", "index out of range", () -> item(b("abc"), i(-4L)));
        // b"abc"[1.5]
        raises("TypeError", "byte indices must be integers or slices, not float", () -> item(b("abc"), f(1.5)));
        // b"abc"["x"]
        raises("TypeError", "byte indices must be integers or slices, not str", () -> item(b("abc"), s("x")));
        // b"abc"[2**70]
        raises("IndexError", "cannot fit 'int' into an index-sized integer", () -> item(b("abc"), big("1180591620717411303424")));
        // b"abc"[True]
        eq("98", item(b("abc"), T));
        // b"abcdef"[4:1:-2]
        eq("b'ec'", item(b("abcdef"), slice(i(4L), i(1L), i(-2L))));
        // b"abc"[10:]
        eq("b''", item(b("abc"), slice(i(10L), null, null)));
        // b"abc"[::0]
        raises("ValueError", "slice step cannot be zero", () -> item(b("abc"), slice(null, null, i(0L))));
        // list(b"hi")
        eq("[104, 105]", list(b("hi")));
        // iterNames(b"x")
        eq("'bytes_iterator'", iterNames(b("x")));
        // b"a"[0:1]
        eq("b'a'", item(b("a"), slice(i(0L), i(1L), null)));
    }

    @Test
    void operators() {
        // b"abc" + b"def"
        eq("b'abcdef'", op("+", b("abc"), b("def")));
        // b"abc" * 3
        eq("b'abcabcabc'", op("*", b("abc"), i(3L)));
        // 2 * b"abc"
        eq("b'abcabc'", op("*", i(2L), b("abc")));
        // b"abc" * 0
        eq("b''", op("*", b("abc"), i(0L)));
        // b"abc" * -1
        eq("b''", op("*", b("abc"), i(-1L)));
        // b"abc" + bytearray(b"!")
        eq("b'abc!'", op("+", b("abc"), callKw(PyByteArray.TYPE, null, b("!"))));
        // bytearray(b"!") + b"abc"
        eq("bytearray(b'!abc')", op("+", callKw(PyByteArray.TYPE, null, b("!")), b("abc")));
        // type(bytearray(b"!") + b"abc").__name__
        eq("'bytearray'", typeName(op("+", callKw(PyByteArray.TYPE, null, b("!")), b("abc"))));
        // b"abc" == b"abc"
        eq("True", op("==", b("abc"), b("abc")));
        // b"abc" < b"abd"
        eq("True", op("<", b("abc"), b("abd")));
        // b"abc" < b"ab"
        eq("False", op("<", b("abc"), b("ab")));
        // b"\xff" > b"a"
        eq("True", op(">", b("\u00ff"), b("a")));
        // b"abc" == bytearray(b"abc")
        eq("True", op("==", b("abc"), callKw(PyByteArray.TYPE, null, b("abc"))));
        // b"abc" != bytearray(b"abd")
        eq("True", op("!=", b("abc"), callKw(PyByteArray.TYPE, null, b("abd"))));
        // b"abc" == "abc"
        eq("False", op("==", b("abc"), s("abc")));
        // b"abc" >= bytearray(b"abc")
        eq("True", op(">=", b("abc"), callKw(PyByteArray.TYPE, null, b("abc"))));
        // 97 in b"abc"
        eq("True", op("in", i(97L), b("abc")));
        // b"bc" in b"abc"
        eq("True", op("in", b("bc"), b("abc")));
        // b"" in b"abc"
        eq("True", op("in", b(""), b("abc")));
        // bytearray(b"b") in b"abc"
        eq("True", op("in", callKw(PyByteArray.TYPE, null, b("b")), b("abc")));
        // b"abc" + "s"
        raises("TypeError", "can't concat str to bytes", () -> op("+", b("abc"), s("s")));
        // "s" + b"abc"
        raises("TypeError", "can only concatenate str (not \"bytes\") to str", () -> op("+", s("s"), b("abc")));
        // b"a" + 1
        raises("TypeError", "can't concat int to bytes", () -> op("+", b("a"), i(1L)));
        // b"abc" < "abc"
        raises("TypeError", "'<' not supported between instances of 'bytes' and 'str'", () -> op("<", b("abc"), s("abc")));
        // "a" in b"abc"
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> op("in", s("a"), b("abc")));
        // 256 in b"abc"
        raises("ValueError", "byte must be in range(0, 256)", () -> op("in", i(256L), b("abc")));
        // -1 in b"abc"
        raises("ValueError", "byte must be in range(0, 256)", () -> op("in", i(-1L), b("abc")));
        // 1.5 in b"abc"
        raises("TypeError", "a bytes-like object is required, not 'float'", () -> op("in", f(1.5), b("abc")));
        // b"abc".__lt__("a")
        eq("NotImplemented", m(b("abc"), "__lt__", null, s("a")));
        // b"abc".__eq__("a")
        eq("NotImplemented", m(b("abc"), "__eq__", null, s("a")));
        // b"a" * 1.5
        raises("TypeError", "can't multiply sequence by non-int of type 'float'", () -> op("*", b("a"), f(1.5)));
        // b"a" * "b"
        raises("TypeError", "can't multiply sequence by non-int of type 'str'", () -> op("*", b("a"), s("b")));
        // hashEq(b"abc", b"ab" + b"c")
        eq("True", hashEq(b("abc"), op("+", b("ab"), b("c"))));
        // b"ab" * 2**70
        raises("OverflowError", "cannot fit 'int' into an index-sized integer", () -> op("*", b("ab"), big("1180591620717411303424")));
        // b"abc".__rmul__(2)
        eq("b'abcabc'", m(b("abc"), "__rmul__", null, i(2L)));
    }

    @Test
    void searching() {
        // b"Hello, World! hello".find(b"llo")
        eq("2", m(b("Hello, World! hello"), "find", null, b("llo")));
        // b"Hello, World! hello".rfind(b"llo")
        eq("16", m(b("Hello, World! hello"), "rfind", null, b("llo")));
        // b"hello".find(b"x")
        eq("-1", m(b("hello"), "find", null, b("x")));
        // b"hello".index(b"e")
        eq("1", m(b("hello"), "index", null, b("e")));
        // b"hello".index(b"z")
        raises("ValueError", "subsection not found", () -> m(b("hello"), "index", null, b("z")));
        // b"hello".rindex(b"z")
        raises("ValueError", "subsection not found", () -> m(b("hello"), "rindex", null, b("z")));
        // b"hello".count(b"l")
        eq("2", m(b("hello"), "count", null, b("l")));
        // b"hello".count(b"l", 3)
        eq("1", m(b("hello"), "count", null, b("l"), i(3L)));
        // b"hello".find(108)
        eq("2", m(b("hello"), "find", null, i(108L)));
        // b"hello".count(108)
        eq("2", m(b("hello"), "count", null, i(108L)));
        // b"hello".find(300)
        raises("ValueError", "byte must be in range(0, 256)", () -> m(b("hello"), "find", null, i(300L)));
        // b"hello".find(-1)
        raises("ValueError", "byte must be in range(0, 256)", () -> m(b("hello"), "find", null, i(-1L)));
        // b"hello".find("l")
        raises("TypeError", "argument should be integer or bytes-like object, not 'str'", () -> m(b("hello"), "find", null, s("l")));
        // b"hello".count("l")
        raises("TypeError", "argument should be integer or bytes-like object, not 'str'", () -> m(b("hello"), "count", null, s("l")));
        // b"hello".find(b"")
        eq("0", m(b("hello"), "find", null, b("")));
        // b"hello".find(b"", 6)
        eq("-1", m(b("hello"), "find", null, b(""), i(6L)));
        // b"hello".count(b"")
        eq("6", m(b("hello"), "count", null, b("")));
        // b"hello".count(b"", 2, 1)
        eq("0", m(b("hello"), "count", null, b(""), i(2L), i(1L)));
        // b"hello".find(b"l", -2)
        eq("3", m(b("hello"), "find", null, b("l"), i(-2L)));
        // b"hello".rfind(b"l", 0, 3)
        eq("2", m(b("hello"), "rfind", null, b("l"), i(0L), i(3L)));
        // b"hello".find()
        raises("TypeError", "find() takes at least 1 argument (0 given)", () -> m(b("hello"), "find", null));
        // b"hello".find(b"l", 1, 2, 3)
        raises("TypeError", "find() takes at most 3 arguments (4 given)", () -> m(b("hello"), "find", null, b("l"), i(1L), i(2L), i(3L)));
        // b"hello".find(sub=b"l")
        raises("TypeError", "bytes.find() takes no keyword arguments", () -> m(b("hello"), "find", kw("sub"), b("l")));
        // b"abc".find(bytearray(b"c"))
        eq("2", m(b("abc"), "find", null, callKw(PyByteArray.TYPE, null, b("c"))));
        // b"aaa".count(b"a", 1)
        eq("2", m(b("aaa"), "count", null, b("a"), i(1L)));
        // b"abcabc".rindex(b"b")
        eq("4", m(b("abcabc"), "rindex", null, b("b")));
        // b"abcabc".index(b"c", 3)
        eq("5", m(b("abcabc"), "index", null, b("c"), i(3L)));
        // b"hello".startswith(b"he")
        eq("True", m(b("hello"), "startswith", null, b("he")));
        // b"hello".startswith((b"x", b"h"))
        eq("True", m(b("hello"), "startswith", null, tup(b("x"), b("h"))));
        // b"hello".endswith((b"x", b"llo"))
        eq("True", m(b("hello"), "endswith", null, tup(b("x"), b("llo"))));
        // b"hello".startswith(1)
        raises("TypeError", "startswith first arg must be bytes or a tuple of bytes, not int", () -> m(b("hello"), "startswith", null, i(1L)));
        // b"hello".startswith(("a", 1))
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("hello"), "startswith", null, tup(s("a"), i(1L))));
        // b"hello".startswith([b"h"])
        raises("TypeError", "startswith first arg must be bytes or a tuple of bytes, not list", () -> m(b("hello"), "startswith", null, lst(b("h"))));
        // b"abc".startswith(b"")
        eq("True", m(b("abc"), "startswith", null, b("")));
        // b"abc".endswith(b"c", 0, 3)
        eq("True", m(b("abc"), "endswith", null, b("c"), i(0L), i(3L)));
        // b"abc".startswith(b"", 4)
        eq("False", m(b("abc"), "startswith", null, b(""), i(4L)));
        // b"hello".endswith(b"ell", 0, 4)
        eq("True", m(b("hello"), "endswith", null, b("ell"), i(0L), i(4L)));
        // b"hello".startswith(bytearray(b"he"))
        eq("True", m(b("hello"), "startswith", null, callKw(PyByteArray.TYPE, null, b("he"))));
    }

    @Test
    void transforming() {
        // b"Hello, World! hello".lower()
        eq("b'hello, world! hello'", m(b("Hello, World! hello"), "lower", null));
        // b"Hello, World! hello".upper()
        eq("b'HELLO, WORLD! HELLO'", m(b("Hello, World! hello"), "upper", null));
        // b"Hello".swapcase()
        eq("b'hELLO'", m(b("Hello"), "swapcase", null));
        // b"hello wORLD 3x".title()
        eq("b'Hello World 3X'", m(b("hello wORLD 3x"), "title", null));
        // b"hello WORLD".capitalize()
        eq("b'Hello world'", m(b("hello WORLD"), "capitalize", null));
        // b"\xe9ab".upper()
        eq("b'\\xe9AB'", m(b("\u00e9ab"), "upper", null));
        // b"\xe9a".capitalize()
        eq("b'\\xe9a'", m(b("\u00e9a"), "capitalize", null));
        // b"hello".replace(b"l", b"L")
        eq("b'heLLo'", m(b("hello"), "replace", null, b("l"), b("L")));
        // b"hello".replace(b"l", b"L", 1)
        eq("b'heLlo'", m(b("hello"), "replace", null, b("l"), b("L"), i(1L)));
        // b"hello".replace(b"", b"-")
        eq("b'-h-e-l-l-o-'", m(b("hello"), "replace", null, b(""), b("-")));
        // b"hello".replace(b"", b"-", 2)
        eq("b'-h-ello'", m(b("hello"), "replace", null, b(""), b("-"), i(2L)));
        // b"hello".replace(b"x", b"y")
        eq("b'hello'", m(b("hello"), "replace", null, b("x"), b("y")));
        // b"hello".replace("l", b"x")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("hello"), "replace", null, s("l"), b("x")));
        // b"hello".replace(b"l", "x")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("hello"), "replace", null, b("l"), s("x")));
        // b"aaaa".replace(b"aa", b"b")
        eq("b'bb'", m(b("aaaa"), "replace", null, b("aa"), b("b")));
        // b"hello".replace(b"l", b"L", 0)
        eq("b'hello'", m(b("hello"), "replace", null, b("l"), b("L"), i(0L)));
        // b"  pad  ".strip()
        eq("b'pad'", m(b("  pad  "), "strip", null));
        // b"xxhixx".strip(b"x")
        eq("b'hi'", m(b("xxhixx"), "strip", null, b("x")));
        // b"--a".lstrip(b"-")
        eq("b'a'", m(b("--a"), "lstrip", null, b("-")));
        // b"a--".rstrip(b"-")
        eq("b'a'", m(b("a--"), "rstrip", null, b("-")));
        // b" \t\n\r\x0b\x0c\x1c".strip()
        eq("b'\\x1c'", m(b(" \t\n\r\u000b\u000c\u001c"), "strip", null));
        // b"hello".strip("x")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("hello"), "strip", null, s("x")));
        // b"hello".strip(1)
        raises("TypeError", "a bytes-like object is required, not 'int'", () -> m(b("hello"), "strip", null, i(1L)));
        // b"a".strip(None)
        eq("b'a'", m(b("a"), "strip", null, NONE));
        // b"prefix-x".removeprefix(b"prefix-")
        eq("b'x'", m(b("prefix-x"), "removeprefix", null, b("prefix-")));
        // b"x.txt".removesuffix(b".txt")
        eq("b'x'", m(b("x.txt"), "removesuffix", null, b(".txt")));
        // b"abc".removeprefix(b"x")
        eq("b'abc'", m(b("abc"), "removeprefix", null, b("x")));
        // b"abc".removeprefix("a")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("abc"), "removeprefix", null, s("a")));
        // b"abc".removesuffix(b"")
        eq("b'abc'", m(b("abc"), "removesuffix", null, b("")));
        // b"hi".center(6, b"*")
        eq("b'**hi**'", m(b("hi"), "center", null, i(6L), b("*")));
        // b"hi".ljust(4)
        eq("b'hi  '", m(b("hi"), "ljust", null, i(4L)));
        // b"hi".rjust(4, b"0")
        eq("b'00hi'", m(b("hi"), "rjust", null, i(4L), b("0")));
        // b"abc".center(9, b".")
        eq("b'...abc...'", m(b("abc"), "center", null, i(9L), b(".")));
        // b"hi".center(10, "x")
        raises("TypeError", "center() argument 2 must be a byte string of length 1, not str", () -> m(b("hi"), "center", null, i(10L), s("x")));
        // b"hi".center(10, b"xy")
        raises("TypeError", "center() argument 2 must be a byte string of length 1, not bytes", () -> m(b("hi"), "center", null, i(10L), b("xy")));
        // b"hi".center(10, None)
        raises("TypeError", "center() argument 2 must be a byte string of length 1, not None", () -> m(b("hi"), "center", null, i(10L), NONE));
        // b"hi".center(1)
        eq("b'hi'", m(b("hi"), "center", null, i(1L)));
        // b"42".zfill(5)
        eq("b'00042'", m(b("42"), "zfill", null, i(5L)));
        // b"-42".zfill(6)
        eq("b'-00042'", m(b("-42"), "zfill", null, i(6L)));
        // b"+7".zfill(1)
        eq("b'+7'", m(b("+7"), "zfill", null, i(1L)));
        // b"ab".zfill(1.5)
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> m(b("ab"), "zfill", null, f(1.5)));
        // b"a\tb".expandtabs(4)
        eq("b'a   b'", m(b("a\tb"), "expandtabs", null, i(4L)));
        // b"a\tb".expandtabs()
        eq("b'a       b'", m(b("a\tb"), "expandtabs", null));
        // b"a\tb\nxy\tz".expandtabs(3)
        eq("b'a  b\\nxy z'", m(b("a\tb\nxy\tz"), "expandtabs", null, i(3L)));
        // b"a\tb".expandtabs("x")
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> m(b("a\tb"), "expandtabs", null, s("x")));
        // b"a\tb".expandtabs(tabsize=0)
        eq("b'ab'", m(b("a\tb"), "expandtabs", kw("tabsize"), i(0L)));
        // b"abc".translate(bytes.maketrans(b"abc", b"xyz"))
        eq("b'xyz'", m(b("abc"), "translate", null, m(PyBytes.TYPE, "maketrans", null, b("abc"), b("xyz"))));
        // b"abcabc".translate(None, b"b")
        eq("b'acac'", m(b("abcabc"), "translate", null, NONE, b("b")));
        // b"abc".translate(b"x")
        raises("ValueError", "translation table must be 256 characters long", () -> m(b("abc"), "translate", null, b("x")));
        // b"abc".translate(None, delete=b"ac")
        eq("b'b'", m(b("abc"), "translate", kw("delete"), NONE, b("ac")));
        // b"abc".translate("x" * 256)
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("abc"), "translate", null, op("*", s("x"), i(256L))));
        // bytes.maketrans(b"a", b"bc")
        raises("ValueError", "maketrans arguments must have same length", () -> m(PyBytes.TYPE, "maketrans", null, b("a"), b("bc")));
        // bytes.maketrans("a", "b")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(PyBytes.TYPE, "maketrans", null, s("a"), s("b")));
        // len(bytes.maketrans(b"", b""))
        eq("256", len(m(PyBytes.TYPE, "maketrans", null, b(""), b(""))));
        // b"abc".translate()
        raises("TypeError", "translate() takes at least 1 positional argument (0 given)", () -> m(b("abc"), "translate", null));
    }

    @Test
    void splitting() {
        // b"Hello, World! hello".split(b", ")
        eq("[b'Hello', b'World! hello']", m(b("Hello, World! hello"), "split", null, b(", ")));
        // b"Hello, World! hello".split()
        eq("[b'Hello,', b'World!', b'hello']", m(b("Hello, World! hello"), "split", null));
        // b"a,b,,c".split(b",", 1)
        eq("[b'a', b'b,,c']", m(b("a,b,,c"), "split", null, b(","), i(1L)));
        // b"a b c".rsplit(None, 1)
        eq("[b'a b', b'c']", m(b("a b c"), "rsplit", null, NONE, i(1L)));
        // b"hello".split("l")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("hello"), "split", null, s("l")));
        // b"  line one\r\nline two\n\nline three  ".split(b"\n")
        eq("[b'  line one\\r', b'line two', b'', b'line three  ']", m(b("  line one\r\nline two\n\nline three  "), "split", null, b("\n")));
        // b"  line one\r\nline two\n\nline three  ".splitlines()
        eq("[b'  line one', b'line two', b'', b'line three  ']", m(b("  line one\r\nline two\n\nline three  "), "splitlines", null));
        // b"a\nb\r\n".splitlines(True)
        eq("[b'a\\n', b'b\\r\\n']", m(b("a\nb\r\n"), "splitlines", null, T));
        // b"a:b::c".split(b":")
        eq("[b'a', b'b', b'', b'c']", m(b("a:b::c"), "split", null, b(":")));
        // b"a:b::c".rsplit(b":", 2)
        eq("[b'a:b', b'', b'c']", m(b("a:b::c"), "rsplit", null, b(":"), i(2L)));
        // b"".split(b":")
        eq("[b'']", m(b(""), "split", null, b(":")));
        // b"".split()
        eq("[]", m(b(""), "split", null));
        // b"::".split(b":")
        eq("[b'', b'', b'']", m(b("::"), "split", null, b(":")));
        // b"\x1c a \x85".split()
        eq("[b'\\x1c', b'a', b'\\x85']", m(b("\u001c a \u0085"), "split", null));
        // b"a\xa0b".split()
        eq("[b'a\\xa0b']", m(b("a\u00a0b"), "split", null));
        // b"a\x0bb\x0cc\x1cd\x85e\rf".splitlines()
        eq("[b'a\\x0bb\\x0cc\\x1cd\\x85e', b'f']", m(b("a\u000bb\u000cc\u001cd\u0085e\rf"), "splitlines", null));
        // b"  a  b  ".split(maxsplit=1)
        eq("[b'a', b'b  ']", m(b("  a  b  "), "split", kw("maxsplit"), i(1L)));
        // b"  a  b  ".rsplit(maxsplit=1)
        eq("[b'  a', b'b']", m(b("  a  b  "), "rsplit", kw("maxsplit"), i(1L)));
        // b"abc".split(b"")
        raises("ValueError", "empty separator", () -> m(b("abc"), "split", null, b("")));
        // b"a b".split(sep=None, maxsplit=0)
        eq("[b'a b']", m(b("a b"), "split", kw("sep", "maxsplit"), NONE, i(0L)));
        // b"-".join([b"a", b"b", bytearray(b"c")])
        eq("b'a-b-c'", m(b("-"), "join", null, lst(b("a"), b("b"), callKw(PyByteArray.TYPE, null, b("c")))));
        // b"".join([])
        eq("b''", m(b(""), "join", null, lst()));
        // b"x".join([b"1", b"2", b"3"])
        eq("b'1x2x3'", m(b("x"), "join", null, lst(b("1"), b("2"), b("3"))));
        // b"-".join([b"a", "b"])
        raises("TypeError", "sequence item 1: expected a bytes-like object, str found", () -> m(b("-"), "join", null, lst(b("a"), s("b"))));
        // b"-".join([1])
        raises("TypeError", "sequence item 0: expected a bytes-like object, int found", () -> m(b("-"), "join", null, lst(i(1L))));
        // b"-".join(1)
        raises("TypeError", "can only join an iterable", () -> m(b("-"), "join", null, i(1L)));
        // b"-".join(iter([b"p", b"q"]))
        eq("b'p-q'", m(b("-"), "join", null, iter(lst(b("p"), b("q")))));
        // b"key=val".partition(b"=")
        eq("(b'key', b'=', b'val')", m(b("key=val"), "partition", null, b("=")));
        // b"a=b=c".rpartition(b"=")
        eq("(b'a=b', b'=', b'c')", m(b("a=b=c"), "rpartition", null, b("=")));
        // b"abc".partition(b"x")
        eq("(b'abc', b'', b'')", m(b("abc"), "partition", null, b("x")));
        // b"abc".rpartition(b"x")
        eq("(b'', b'', b'abc')", m(b("abc"), "rpartition", null, b("x")));
        // b"abc".partition("b")
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(b("abc"), "partition", null, s("b")));
        // b"abc".partition(b"")
        raises("ValueError", "empty separator", () -> m(b("abc"), "partition", null, b("")));
    }

    @Test
    void predicates() {
        // b"abc".isalpha()
        eq("True", m(b("abc"), "isalpha", null));
        // b"abc1".isalnum()
        eq("True", m(b("abc1"), "isalnum", null));
        // b"123".isdigit()
        eq("True", m(b("123"), "isdigit", null));
        // b"  ".isspace()
        eq("True", m(b("  "), "isspace", null));
        // b"ABC".isupper()
        eq("True", m(b("ABC"), "isupper", null));
        // b"abc".islower()
        eq("True", m(b("abc"), "islower", null));
        // b"Ab Cd".istitle()
        eq("True", m(b("Ab Cd"), "istitle", null));
        // b"\x80".isascii()
        eq("False", m(b("\u0080"), "isascii", null));
        // b"".isalpha()
        eq("False", m(b(""), "isalpha", null));
        // b"".isascii()
        eq("True", m(b(""), "isascii", null));
        // b"ABC1".isupper()
        eq("True", m(b("ABC1"), "isupper", null));
        // b"   ".isspace()
        eq("True", m(b("   "), "isspace", null));
        // b"".isspace()
        eq("False", m(b(""), "isspace", null));
        // b"Hello World".istitle()
        eq("True", m(b("Hello World"), "istitle", null));
        // b"\xe9".isalpha()
        eq("False", m(b("\u00e9"), "isalpha", null));
        // b"Hello world".istitle()
        eq("False", m(b("Hello world"), "istitle", null));
        // b"\x1c".isspace()
        eq("False", m(b("\u001c"), "isspace", null));
    }

    @Test
    void hexAndDecode() {
        // b"\xde\xad".hex()
        eq("'dead'", m(b("\u00de\u00ad"), "hex", null));
        // b"abc".hex("-")
        eq("'61-62-63'", m(b("abc"), "hex", null, s("-")));
        // b"abcdef".hex(":", 2)
        eq("'6162:6364:6566'", m(b("abcdef"), "hex", null, s(":"), i(2L)));
        // b"hello".hex(":", -2)
        eq("'6865:6c6c:6f'", m(b("hello"), "hex", null, s(":"), i(-2L)));
        // b"hello".hex(":", 2)
        eq("'68:656c:6c6f'", m(b("hello"), "hex", null, s(":"), i(2L)));
        // b"hello".hex(b":")
        eq("'68:65:6c:6c:6f'", m(b("hello"), "hex", null, b(":")));
        // b"hello".hex("")
        raises("ValueError", "sep must be length 1.", () -> m(b("hello"), "hex", null, s("")));
        // b"hello".hex("ab")
        raises("ValueError", "sep must be length 1.", () -> m(b("hello"), "hex", null, s("ab")));
        // b"hello".hex("\\u00e9")
        raises("ValueError", "sep must be ASCII.", () -> m(b("hello"), "hex", null, s("\u00e9")));
        // b"hello".hex(":", 0)
        eq("'68656c6c6f'", m(b("hello"), "hex", null, s(":"), i(0L)));
        // b"".hex(":")
        eq("''", m(b(""), "hex", null, s(":")));
        // b"\x01".hex(sep="-", bytes_per_sep=3)
        eq("'01'", m(b("\u0001"), "hex", kw("sep", "bytes_per_sep"), s("-"), i(3L)));
        // b"caf\xc3\xa9".decode()
        eq("'caf\u00e9'", m(b("caf\u00c3\u00a9"), "decode", null));
        // b"caf\xe9".decode("latin-1")
        eq("'caf\u00e9'", m(b("caf\u00e9"), "decode", null, s("latin-1")));
        // b"\xff".decode("utf-8", "replace")
        eq("'\ufffd'", m(b("\u00ff"), "decode", null, s("utf-8"), s("replace")));
        // b"\xff".decode("utf-8", "ignore")
        eq("''", m(b("\u00ff"), "decode", null, s("utf-8"), s("ignore")));
        // b"\xff".decode("ascii", "backslashreplace")
        eq("'\\\\xff'", m(b("\u00ff"), "decode", null, s("ascii"), s("backslashreplace")));
        // b"\xc3".decode("utf-8")
        raises("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", () -> m(b("\u00c3"), "decode", null, s("utf-8")));
        // b"\xe0\x80".decode("utf-8", "replace")
        eq("'\ufffd\ufffd'", m(b("\u00e0\u0080"), "decode", null, s("utf-8"), s("replace")));
        // b"\xe2\x82".decode("utf-8", "replace")
        eq("'\ufffd'", m(b("\u00e2\u0082"), "decode", null, s("utf-8"), s("replace")));
        // b"\xe2\x82x".decode("utf-8", "replace")
        eq("'\ufffdx'", m(b("\u00e2\u0082x"), "decode", null, s("utf-8"), s("replace")));
        // b"\xe2\x82x".decode("utf-8")
        raises("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", () -> m(b("\u00e2\u0082x"), "decode", null, s("utf-8")));
        // b"\xe2\x82".decode("utf-8")
        raises("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", () -> m(b("\u00e2\u0082"), "decode", null, s("utf-8")));
        // b"\xed\xa0\x80".decode("utf-8")
        raises("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", () -> m(b("\u00ed\u00a0\u0080"), "decode", null, s("utf-8")));
        // b"\xf4\x90\x80\x80".decode("utf-8", "replace")
        eq("'\ufffd\ufffd\ufffd\ufffd'", m(b("\u00f4\u0090\u0080\u0080"), "decode", null, s("utf-8"), s("replace")));
        // b"\xc0\xaf".decode("utf-8", "replace")
        eq("'\ufffd\ufffd'", m(b("\u00c0\u00af"), "decode", null, s("utf-8"), s("replace")));
        // b"\xff\xfe".decode("utf-8", "backslashreplace")
        eq("'\\\\xff\\\\xfe'", m(b("\u00ff\u00fe"), "decode", null, s("utf-8"), s("backslashreplace")));
        // b"a\xff".decode("utf-8", "surrogateescape")
        eq("'a\\udcff'", m(b("a\u00ff"), "decode", null, s("utf-8"), s("surrogateescape")));
        // b"\xed\xa0\x80".decode("utf-8", "surrogatepass")
        eq("'\\ud800'", m(b("\u00ed\u00a0\u0080"), "decode", null, s("utf-8"), s("surrogatepass")));
        // b"\xe9".decode("ascii")
        raises("UnicodeDecodeError", "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)", () -> m(b("\u00e9"), "decode", null, s("ascii")));
        // b"ab\xe9\xe9".decode("ascii")
        raises("UnicodeDecodeError", "'ascii' codec can't decode byte 0xe9 in position 2: ordinal not in range(128)", () -> m(b("ab\u00e9\u00e9"), "decode", null, s("ascii")));
        // b"a".decode("utf-16")
        raises("UnicodeDecodeError", "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data", () -> m(b("a"), "decode", null, s("utf-16")));
        // b"a\x00\x00".decode("utf-16-le")
        raises("UnicodeDecodeError", "'utf-16-le' codec can't decode byte 0x00 in position 2: truncated data", () -> m(b("a\u0000\u0000"), "decode", null, s("utf-16-le")));
        // b"\x00\xd8a\x00".decode("utf-16-le")
        raises("UnicodeDecodeError", "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate", () -> m(b("\u0000\u00d8a\u0000"), "decode", null, s("utf-16-le")));
        // b"\x00\xdca\x00".decode("utf-16-le")
        raises("UnicodeDecodeError", "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding", () -> m(b("\u0000\u00dca\u0000"), "decode", null, s("utf-16-le")));
        // b"\x00\xd8".decode("utf-16-le")
        raises("UnicodeDecodeError", "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data", () -> m(b("\u0000\u00d8"), "decode", null, s("utf-16-le")));
        // b"\xfe\xff\x00a".decode("utf-16")
        eq("'a'", m(b("\u00fe\u00ff\u0000a"), "decode", null, s("utf-16")));
        // b"\xff\xfea\x00".decode("utf-16")
        eq("'a'", m(b("\u00ff\u00fea\u0000"), "decode", null, s("utf-16")));
        // b"a\x00".decode("utf-16")
        eq("'a'", m(b("a\u0000"), "decode", null, s("utf-16")));
        // b"\x00\x00\x11\x00".decode("utf-32-le")
        raises("UnicodeDecodeError", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)", () -> m(b("\u0000\u0000\u0011\u0000"), "decode", null, s("utf-32-le")));
        // b"\x00\xd8\x00\x00".decode("utf-32-le")
        raises("UnicodeDecodeError", "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)", () -> m(b("\u0000\u00d8\u0000\u0000"), "decode", null, s("utf-32-le")));
        // b"a\x00\x00".decode("utf-32-le")
        raises("UnicodeDecodeError", "'utf-32-le' codec can't decode bytes in position 0-2: truncated data", () -> m(b("a\u0000\u0000"), "decode", null, s("utf-32-le")));
        // b"\x81".decode("cp1252")
        raises("UnicodeDecodeError", "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>", () -> m(b("\u0081"), "decode", null, s("cp1252")));
        // b"\x80".decode("cp1252")
        eq("'\u20ac'", m(b("\u0080"), "decode", null, s("cp1252")));
        // b"\\n\\xe9\\u20ac\\N{BLACK STAR}".decode("unicode_escape")
        eq("'\\n\u00e9\u20ac\u2605'", m(b("\\n\\xe9\\u20ac\\N{BLACK STAR}"), "decode", null, s("unicode_escape")));
        // b"\xef\xbb\xbfa".decode("utf-8-sig")
        eq("'a'", m(b("\u00ef\u00bb\u00bfa"), "decode", null, s("utf-8-sig")));
        // b"x".decode("foo")
        raises("LookupError", "unknown encoding: foo", () -> m(b("x"), "decode", null, s("foo")));
        // b"\xff".decode("utf-8", "foo")
        raises("LookupError", "unknown error handler name 'foo'", () -> m(b("\u00ff"), "decode", null, s("utf-8"), s("foo")));
        // b"\xff".decode("utf-8", "xmlcharrefreplace")
        raises("TypeError", "don't know how to handle UnicodeDecodeError in error callback", () -> m(b("\u00ff"), "decode", null, s("utf-8"), s("xmlcharrefreplace")));
        // b"\x80abc".decode("utf-16-le", "replace")
        eq("'\u6180\u6362'", m(b("\u0080abc"), "decode", null, s("utf-16-le"), s("replace")));
        // b"\xe9\x00".decode("utf-16-le")
        eq("'\u00e9'", m(b("\u00e9\u0000"), "decode", null, s("utf-16-le")));
        // b"abc".decode(1)
        raises("TypeError", "decode() argument 'encoding' must be str, not int", () -> m(b("abc"), "decode", null, i(1L)));
        // b"abc".decode(encoding="ascii", errors="strict")
        eq("'abc'", m(b("abc"), "decode", kw("encoding", "errors"), s("ascii"), s("strict")));
        // b"abc".decode("ascii", "strict", 1)
        raises("TypeError", "decode() takes at most 2 arguments (3 given)", () -> m(b("abc"), "decode", null, s("ascii"), s("strict"), i(1L)));
        // b"\xf0\x9f\x98\x80".decode()
        eq("'\ud83d\ude00'", m(b("\u00f0\u009f\u0098\u0080"), "decode", null));
        // b"\xf0\x9f\x98".decode()
        raises("UnicodeDecodeError", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data", () -> m(b("\u00f0\u009f\u0098"), "decode", null));
        // b"a\x80b".decode("utf-8", "replace")
        eq("'a\ufffdb'", m(b("a\u0080b"), "decode", null, s("utf-8"), s("replace")));
        // b"\\u20ac\xe9".decode("raw_unicode_escape")
        eq("'\u20ac\u00e9'", m(b("\\u20ac\u00e9"), "decode", null, s("raw_unicode_escape")));
    }

    @Test
    void bytesFormatting() {
        // b"%d %s %r %x %c %5b|" % (5, b"bs", b"r", 255, 65, b"pad")
        eq("b\"5 bs b'r' ff A   pad|\"", op("%", b("%d %s %r %x %c %5b|"), tup(i(5L), b("bs"), b("r"), i(255L), i(65L), b("pad"))));
        // b"%(k)s" % {b"k": b"v"}
        eq("b'v'", op("%", b("%(k)s"), dict(b("k"), b("v"))));
        // b"%a" % "\\u00e9"
        eq("b\"'\\\\xe9'\"", op("%", b("%a"), s("\u00e9")));
        // b"%s" % "str"
        raises("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'", () -> op("%", b("%s"), s("str")));
        // b"%s" % 1
        raises("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not 'int'", () -> op("%", b("%s"), i(1L)));
        // b"%b" % 1
        raises("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not 'int'", () -> op("%", b("%b"), i(1L)));
        // b"%s" % bytearray(b"q")
        eq("b'q'", op("%", b("%s"), callKw(PyByteArray.TYPE, null, b("q"))));
        // b"%x" % 1.5
        raises("TypeError", "%x format: an integer is required, not float", () -> op("%", b("%x"), f(1.5)));
        // b"%i" % 2.5
        eq("b'2'", op("%", b("%i"), f(2.5)));
        // b"%5.2s|" % b"abc"
        eq("b'   ab|'", op("%", b("%5.2s|"), b("abc")));
        // b"%(a)s" % {"a": b"b"}
        raises("KeyError", "b'a'", () -> op("%", b("%(a)s"), dict(s("a"), b("b"))));
        // b"%c" % 256
        raises("OverflowError", "%c arg not in range(256)", () -> op("%", b("%c"), i(256L)));
        // b"%c" % b"ab"
        raises("TypeError", "%c requires an integer in range(256) or a single byte", () -> op("%", b("%c"), b("ab")));
        // b"%c" % "a"
        raises("TypeError", "%c requires an integer in range(256) or a single byte", () -> op("%", b("%c"), s("a")));
        // b"%r" % b"x"
        eq("b\"b'x'\"", op("%", b("%r"), b("x")));
        // b"%5%|" % (1,)
        raises("ValueError", "unsupported format character '%' (0x25) at index 2", () -> op("%", b("%5%|"), tup(i(1L))));
        // b"%z" % 1
        raises("ValueError", "unsupported format character 'z' (0x7a) at index 1", () -> op("%", b("%z"), i(1L)));
        // b"%s %s" % (b"a",)
        raises("TypeError", "not enough arguments for format string", () -> op("%", b("%s %s"), tup(b("a"))));
        // b"abc" % 1
        raises("TypeError", "not all arguments converted during bytes formatting", () -> op("%", b("abc"), i(1L)));
        // b"abc" % [1]
        eq("b'abc'", op("%", b("abc"), lst(i(1L))));
        // b"abc" % b"x"
        raises("TypeError", "not all arguments converted during bytes formatting", () -> op("%", b("abc"), b("x")));
        // b"abc" % bytearray(b"x")
        raises("TypeError", "not all arguments converted during bytes formatting", () -> op("%", b("abc"), callKw(PyByteArray.TYPE, null, b("x"))));
        // b"%(a)s" % 1
        raises("TypeError", "format requires a mapping", () -> op("%", b("%(a)s"), i(1L)));
        // b"%5b|%-5b|" % (b"a", b"b")
        eq("b'    a|b    |'", op("%", b("%5b|%-5b|"), tup(b("a"), b("b"))));
        // b"%.1s" % (b"abc",)
        eq("b'a'", op("%", b("%.1s"), tup(b("abc"))));
        // b"%c" % (b"x",)
        eq("b'x'", op("%", b("%c"), tup(b("x"))));
        // b"%5c|" % (65,)
        eq("b'    A|'", op("%", b("%5c|"), tup(i(65L))));
        // b"%a" % (b"\xff",)
        eq("b\"b'\\\\xff'\"", op("%", b("%a"), tup(b("\u00ff"))));
        // b"%d %i %u %x %o" % (1, 2, 3, 255, 8)
        eq("b'1 2 3 ff 10'", op("%", b("%d %i %u %x %o"), tup(i(1L), i(2L), i(3L), i(255L), i(8L))));
        // b"%s" % b"q"
        eq("b'q'", op("%", b("%s"), b("q")));
        // b"%%" % ()
        eq("b'%'", op("%", b("%%"), tup()));
        // b"hello".__mod__(())
        eq("b'hello'", m(b("hello"), "__mod__", null, tup()));
        // b"x".__rmod__(1)
        eq("NotImplemented", m(b("x"), "__rmod__", null, i(1L)));
        // bytearray(b"%s") % b"x"
        eq("bytearray(b'x')", op("%", callKw(PyByteArray.TYPE, null, b("%s")), b("x")));
    }
    // ---- end GENERATED ----
}
