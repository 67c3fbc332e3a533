package org.gilpy.objects;

import static org.gilpy.objects.PyStrTest.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests of str.format, str.format_map and str.__format__. The generated cases were produced by running each commented Python
 * expression under CPython 3.11.7 and recording its repr or its exception.
 */
class StrFormatTest {
    @Test
    void keywordNamesThatAreNotIdentifiers() {
        eq("'1'", m(s("{0]}"), "format", kw("0]"), i(1)));
        eq("'a-b'", m(s("{x y}-{}"), "format", kw("x y"), s("b"), s("a")));
    }

    @Test
    void formatMapUsesGetitemOfTheMapping() {
        PyType defaulting = ClassBuilder.create(PyType.TYPE, "Default", new PyType[] {PyDict.TYPE}, new PyDict());
        PyObject d = Abstract.call(defaulting);
        Abstract.setItem(d, s("a"), i(1));
        raises("KeyError", "'b'", () -> m(s("{a} {b}"), "format_map", null, d));
        eq("'1'", m(s("{a}"), "format_map", null, d));
    }

    // ---- GENERATED from CPython 3.11.7 (one case per commented expression) ----

    @Test
    void fields() {
        // "{} {} {}".format(1, "two", 3.0)
        eq("'1 two 3.0'", m(s("{} {} {}"), "format", null, i(1L), s("two"), f(3.0)));
        // "{0} {1} {0}".format("a", "b")
        eq("'a b a'", m(s("{0} {1} {0}"), "format", null, s("a"), s("b")));
        // "{name} {0}".format(5, name="n")
        eq("'n 5'", m(s("{name} {0}"), "format", kw("name"), i(5L), s("n")));
        // "{0[1]} {1[key]}".format([0, "idx1"], {"key": "k"})
        eq("'idx1 k'", m(s("{0[1]} {1[key]}"), "format", null, lst(i(0L), s("idx1")), dict(s("key"), s("k"))));
        // "{!r} {!s} {!a}".format("\\u00e9", "\\u00e9", "\\u00e9")
        eq("\"'\u00e9' \u00e9 '\\\\xe9'\"", m(s("{!r} {!s} {!a}"), "format", null, s("\u00e9"), s("\u00e9"), s("\u00e9")));
        // "{0!r:>10}".format("x")
        eq("\"       'x'\"", m(s("{0!r:>10}"), "format", null, s("x")));
        // "{{literal}} {}".format(1)
        eq("'{literal} 1'", m(s("{{literal}} {}"), "format", null, i(1L)));
        // "{:{}}|".format("x", 5)
        eq("'x    |'", m(s("{:{}}|"), "format", null, s("x"), i(5L)));
        // "{:{fill}^{w}}".format("m", fill="*", w=7)
        eq("'***m***'", m(s("{:{fill}^{w}}"), "format", kw("fill", "w"), s("m"), s("*"), i(7L)));
        // "{0:>5}|{0:<5}|{0:^5}|{0:*^6}|".format("ab")
        eq("'   ab|ab   | ab  |**ab**|'", m(s("{0:>5}|{0:<5}|{0:^5}|{0:*^6}|"), "format", null, s("ab")));
        // "{:.3}".format("abcdef")
        eq("'abc'", m(s("{:.3}"), "format", null, s("abcdef")));
        // "{:>8.2f}".format(3.14159)
        eq("'    3.14'", m(s("{:>8.2f}"), "format", null, f(3.14159)));
        // "{:,}".format(1234567)
        eq("'1,234,567'", m(s("{:,}"), "format", null, i(1234567L)));
        // "{:08.3f}".format(-3.5)
        eq("'-003.500'", m(s("{:08.3f}"), "format", null, f(-3.5)));
        // "{} {}".format("x", "y")
        eq("'x y'", m(s("{} {}"), "format", null, s("x"), s("y")));
        // "{a}-{b}".format(a=1, b=2)
        eq("'1-2'", m(s("{a}-{b}"), "format", kw("a", "b"), i(1L), i(2L)));
        // "{0}{1}{0}".format("ab", "cd")
        eq("'abcdab'", m(s("{0}{1}{0}"), "format", null, s("ab"), s("cd")));
        // "{0.__class__.__name__}".format(1)
        eq("'int'", m(s("{0.__class__.__name__}"), "format", null, i(1L)));
        // "{0[1][0]}".format([0, [5]])
        eq("'5'", m(s("{0[1][0]}"), "format", null, lst(i(0L), lst(i(5L)))));
        // "{[0]}".format([7])
        eq("'7'", m(s("{[0]}"), "format", null, lst(i(7L))));
        // "{0[-1]}".format({"-1": "neg"})
        eq("'neg'", m(s("{0[-1]}"), "format", null, dict(s("-1"), s("neg"))));
        // "{0[ 1]}".format({" 1": "sp"})
        eq("'sp'", m(s("{0[ 1]}"), "format", null, dict(s(" 1"), s("sp"))));
        // "{0[a]}".format({"a": 5})
        eq("'5'", m(s("{0[a]}"), "format", null, dict(s("a"), i(5L))));
        // "{0[0]}".format({0: "int"})
        eq("'int'", m(s("{0[0]}"), "format", null, dict(i(0L), s("int"))));
        // "{0['a']}".format({"'a'": 5})
        eq("'5'", m(s("{0['a']}"), "format", null, dict(s("'a'"), i(5L))));
        // "{!r:^9}".format("q")
        eq("\"   'q'   \"", m(s("{!r:^9}"), "format", null, s("q")));
        // "{:x<{}.{}}".format("abcdef", 8, 3)
        eq("'abcxxxxx'", m(s("{:x<{}.{}}"), "format", null, s("abcdef"), i(8L), i(3L)));
        // "{0!s:>5}".format("ab")
        eq("'   ab'", m(s("{0!s:>5}"), "format", null, s("ab")));
        // "{0!r:}".format(1)
        eq("'1'", m(s("{0!r:}"), "format", null, i(1L)));
        // "{:}".format("x")
        eq("'x'", m(s("{:}"), "format", null, s("x")));
        // "{0:{1}}".format("x", "")
        eq("'x'", m(s("{0:{1}}"), "format", null, s("x"), s("")));
        // "{0:>{w}}".format("x", w=4)
        eq("'   x'", m(s("{0:>{w}}"), "format", kw("w"), s("x"), i(4L)));
        // "{:{w}}".format("x", w=4)
        eq("'x   '", m(s("{:{w}}"), "format", kw("w"), s("x"), i(4L)));
        // "{:{}}".format(1, 5)
        eq("'    1'", m(s("{:{}}"), "format", null, i(1L), i(5L)));
        // "{{}}".format()
        eq("'{}'", m(s("{{}}"), "format", null));
        // "no fields".format(1, 2)
        eq("'no fields'", m(s("no fields"), "format", null, i(1L), i(2L)));
        // "{é}".format(é=1)
        eq("'1'", m(s("{\u00e9}"), "format", kw("é"), i(1L)));
        // "\U0001f600{}\U0001f600".format("\\u00e9")
        eq("'\ud83d\ude00\u00e9\ud83d\ude00'", m(s("\ud83d\ude00{}\ud83d\ude00"), "format", null, s("\u00e9")));
        // "{0.real}".format(3)
        eq("'3'", m(s("{0.real}"), "format", null, i(3L)));
        // "{:{w}.{p}f}".format(3.14159, w=10, p=3)
        eq("'     3.142'", m(s("{:{w}.{p}f}"), "format", kw("w", "p"), f(3.14159), i(10L), i(3L)));
        // "{:{}.{}f}|".format(2.5, 8, 2)
        eq("'    2.50|'", m(s("{:{}.{}f}|"), "format", null, f(2.5), i(8L), i(2L)));
        // "{0:{1}{2}}".format("x", ">", 4)
        eq("'   x'", m(s("{0:{1}{2}}"), "format", null, s("x"), s(">"), i(4L)));
    }

    @Test
    void errors() {
        // "{}".format()
        raises("IndexError", "Replacement index 0 out of range for positional args tuple", () -> m(s("{}"), "format", null));
        // "{0} {}".format(1, 2)
        raises("ValueError", "cannot switch from manual field specification to automatic field numbering", () -> m(s("{0} {}"), "format", null, i(1L), i(2L)));
        // "{} {0}".format(1, 2)
        raises("ValueError", "cannot switch from automatic field numbering to manual field specification", () -> m(s("{} {0}"), "format", null, i(1L), i(2L)));
        // "{1}".format(1)
        raises("IndexError", "Replacement index 1 out of range for positional args tuple", () -> m(s("{1}"), "format", null, i(1L)));
        // "{x}".format()
        raises("KeyError", "'x'", () -> m(s("{x}"), "format", null));
        // "{0.nope}".format(1)
        raises("AttributeError", "'int' object has no attribute 'nope'", () -> m(s("{0.nope}"), "format", null, i(1L)));
        // "{0[5]}".format([1])
        raises("IndexError", "list index out of range", () -> m(s("{0[5]}"), "format", null, lst(i(1L))));
        // "{:d}".format("s")
        raises("ValueError", "Unknown format code 'd' for object of type 'str'", () -> m(s("{:d}"), "format", null, s("s")));
        // "{".format()
        raises("ValueError", "Single '{' encountered in format string", () -> m(s("{"), "format", null));
        // "}".format()
        raises("ValueError", "Single '}' encountered in format string", () -> m(s("}"), "format", null));
        // "{0!x}".format(1)
        raises("ValueError", "Unknown conversion specifier x", () -> m(s("{0!x}"), "format", null, i(1L)));
        // "{:>>}".format(1)
        eq("'1'", m(s("{:>>}"), "format", null, i(1L)));
        // "{0:{1}}".format(1, "z")
        raises("ValueError", "Negative zero coercion (z) not allowed in integer format specifier", () -> m(s("{0:{1}}"), "format", null, i(1L), s("z")));
        // "{!}".format(1)
        raises("ValueError", "unmatched '{' in format spec", () -> m(s("{!}"), "format", null, i(1L)));
        // "{0!}".format(1)
        raises("ValueError", "unmatched '{' in format spec", () -> m(s("{0!}"), "format", null, i(1L)));
        // "{0!r".format(1)
        raises("ValueError", "unmatched '{' in format spec", () -> m(s("{0!r"), "format", null, i(1L)));
        // "{0!rx}".format(1)
        raises("ValueError", "expected ':' after conversion specifier", () -> m(s("{0!rx}"), "format", null, i(1L)));
        // "{0:".format(1)
        raises("ValueError", "unmatched '{' in format spec", () -> m(s("{0:"), "format", null, i(1L)));
        // "{0[}".format([1])
        raises("ValueError", "expected '}' before end of string", () -> m(s("{0[}"), "format", null, lst(i(1L))));
        // "{0[0]x}".format([1])
        raises("ValueError", "Only '.' or '[' may follow ']' in format field specifier", () -> m(s("{0[0]x}"), "format", null, lst(i(1L))));
        // "{0.}".format(1)
        raises("ValueError", "Empty attribute in format string", () -> m(s("{0.}"), "format", null, i(1L)));
        // "{0..real}".format(1)
        raises("ValueError", "Empty attribute in format string", () -> m(s("{0..real}"), "format", null, i(1L)));
        // "{a.b[c].d}".format()
        raises("KeyError", "'a'", () -> m(s("{a.b[c].d}"), "format", null));
        // "{:{:{}}}".format(1, 2, 3)
        raises("ValueError", "Max string recursion exceeded", () -> m(s("{:{:{}}}"), "format", null, i(1L), i(2L), i(3L)));
        // "{0:{1:{2}}}".format(1, 2, 3)
        raises("ValueError", "Max string recursion exceeded", () -> m(s("{0:{1:{2}}}"), "format", null, i(1L), i(2L), i(3L)));
        // "{0}}".format(1)
        raises("ValueError", "Single '}' encountered in format string", () -> m(s("{0}}"), "format", null, i(1L)));
        // "x}y".format()
        raises("ValueError", "Single '}' encountered in format string", () -> m(s("x}y"), "format", null));
        // "{0{}".format(1)
        raises("ValueError", "unexpected '{' in field name", () -> m(s("{0{}"), "format", null, i(1L)));
        // "{0:{}".format(1)
        raises("ValueError", "unmatched '{' in format spec", () -> m(s("{0:{}"), "format", null, i(1L)));
        // "}}{".format()
        raises("ValueError", "Single '{' encountered in format string", () -> m(s("}}{"), "format", null));
        // "{99999999999999999999}".format()
        raises("ValueError", "Too many decimal digits in format string", () -> m(s("{99999999999999999999}"), "format", null));
        // "{0[99999999999999999999]}".format([1])
        raises("ValueError", "Too many decimal digits in format string", () -> m(s("{0[99999999999999999999]}"), "format", null, lst(i(1L))));
        // "{0:}}".format(1)
        raises("ValueError", "Single '}' encountered in format string", () -> m(s("{0:}}"), "format", null, i(1L)));
        // "{ }".format()
        raises("KeyError", "' '", () -> m(s("{ }"), "format", null));
        // "{-1}".format()
        raises("KeyError", "'-1'", () -> m(s("{-1}"), "format", null));
        // "{1.5}".format()
        raises("IndexError", "Replacement index 1 out of range for positional args tuple", () -> m(s("{1.5}"), "format", null));
        // "{0.real}".format()
        raises("IndexError", "Replacement index 0 out of range for positional args tuple", () -> m(s("{0.real}"), "format", null));
        // "{0[]}".format([1])
        raises("ValueError", "Empty attribute in format string", () -> m(s("{0[]}"), "format", null, lst(i(1L))));
        // "{0!\\u00e9}".format(1)
        raises("ValueError", "Unknown conversion specifier \\xe9", () -> m(s("{0!\u00e9}"), "format", null, i(1L)));
        // "{0!\x01}".format(1)
        raises("ValueError", "Unknown conversion specifier \\x1", () -> m(s("{0!\u0001}"), "format", null, i(1L)));
        // "{0[0]".format([1])
        raises("ValueError", "expected '}' before end of string", () -> m(s("{0[0]"), "format", null, lst(i(1L))));
        // "{0".format(1)
        raises("ValueError", "expected '}' before end of string", () -> m(s("{0"), "format", null, i(1L)));
    }

    @Test
    void formatMap() {
        // "{x}".format_map({"x": 1})
        eq("'1'", m(s("{x}"), "format_map", null, dict(s("x"), i(1L))));
        // "{0}".format_map({})
        raises("ValueError", "Format string contains positional fields", () -> m(s("{0}"), "format_map", null, dict()));
        // "{}".format_map({})
        raises("ValueError", "Format string contains positional fields", () -> m(s("{}"), "format_map", null, dict()));
        // "{x}".format_map([])
        raises("TypeError", "list indices must be integers or slices, not str", () -> m(s("{x}"), "format_map", null, lst()));
        // "{x}".format_map({})
        raises("KeyError", "'x'", () -> m(s("{x}"), "format_map", null, dict()));
        // "{x[0]}".format_map({"x": "ab"})
        eq("'a'", m(s("{x[0]}"), "format_map", null, dict(s("x"), s("ab"))));
        // "{x!r:>5}".format_map({"x": "a"})
        eq("\"  'a'\"", m(s("{x!r:>5}"), "format_map", null, dict(s("x"), s("a"))));
        // "a".format_map()
        raises("TypeError", "str.format_map() takes exactly one argument (0 given)", () -> m(s("a"), "format_map", null));
        // "{a}".format_map(1)
        raises("TypeError", "'int' object is not subscriptable", () -> m(s("{a}"), "format_map", null, i(1L)));
    }

    @Test
    void formatBuiltin() {
        // format("abc")
        eq("'abc'", format(s("abc")));
        // format("abc", "^7")
        eq("'  abc  '", format(s("abc"), s("^7")));
        // format(3, "x")
        eq("'3'", format(i(3L), s("x")));
        // format(True, "^6")
        eq("'  1   '", format(T, s("^6")));
        // format(None, "")
        eq("'None'", format(NONE, s("")));
        // format(None, ">6")
        raises("TypeError", "unsupported format string passed to NoneType.__format__", () -> format(NONE, s(">6")));
        // format(1.5, "08.3f")
        eq("'0001.500'", format(f(1.5), s("08.3f")));
    }
    // ---- end GENERATED ----
}
