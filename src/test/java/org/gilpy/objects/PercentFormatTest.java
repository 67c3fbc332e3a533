package org.gilpy.objects;

import static org.gilpy.objects.PyStrTest.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tests of printf-style formatting (str % args and bytes % args). The generated cases were produced by running each commented Python
 * expression under CPython 3.11.7 and recording its repr or its exception.
 */
class PercentFormatTest {


    // ---- GENERATED from CPython 3.11.7 (one case per commented expression) ----

    @Test
    void strings() {
        // "%s %s" % ("a", 1)
        eq("'a 1'", op("%", s("%s %s"), tup(s("a"), i(1L))));
        // "%r" % "q"
        eq("\"'q'\"", op("%", s("%r"), s("q")));
        // "%a" % "\\u00e9"
        eq("\"'\\\\xe9'\"", op("%", s("%a"), s("\u00e9")));
        // "%5s|%-5s|" % ("ab", "cd")
        eq("'   ab|cd   |'", op("%", s("%5s|%-5s|"), tup(s("ab"), s("cd"))));
        // "%.2s" % "abcdef"
        eq("'ab'", op("%", s("%.2s"), s("abcdef")));
        // "%5.1s|" % "xyz"
        eq("'    x|'", op("%", s("%5.1s|"), s("xyz")));
        // "%s" % None
        eq("'None'", op("%", s("%s"), NONE));
        // "%.1s" % (None,)
        eq("'N'", op("%", s("%.1s"), tup(NONE)));
        // "%10.4s|" % ("abcdefg",)
        eq("'      abcd|'", op("%", s("%10.4s|"), tup(s("abcdefg"))));
        // "%s|%10r|" % ("\\u00e9", "\\u00e9")
        eq("\"\u00e9|       '\u00e9'|\"", op("%", s("%s|%10r|"), tup(s("\u00e9"), s("\u00e9"))));
        // "%s %s" % ("a", "b") * 2
        eq("'a ba b'", op("*", op("%", s("%s %s"), tup(s("a"), s("b"))), i(2L)));
        // "%05s" % "ab"
        eq("'   ab'", op("%", s("%05s"), s("ab")));
        // "%05r" % "a"
        eq("\"  'a'\"", op("%", s("%05r"), s("a")));
        // "%-6s|" % "\U0001f600"
        eq("'\ud83d\ude00     |'", op("%", s("%-6s|"), s("\ud83d\ude00")));
        // "%.1s" % "\U0001f600x"
        eq("'\ud83d\ude00'", op("%", s("%.1s"), s("\ud83d\ude00x")));
        // "%r" % (b"x",)
        eq("\"b'x'\"", op("%", s("%r"), tup(b("x"))));
        // "%a" % ("\\u00e9\n",)
        eq("\"'\\\\xe9\\\\n'\"", op("%", s("%a"), tup(s("\u00e9\n"))));
        // "%s" % ((1, 2),)
        eq("'(1, 2)'", op("%", s("%s"), tup(tup(i(1L), i(2L)))));
        // "%s" % [1, 2]
        eq("'[1, 2]'", op("%", s("%s"), lst(i(1L), i(2L))));
        // "%s" % {"a": 1}
        eq("\"{'a': 1}\"", op("%", s("%s"), dict(s("a"), i(1L))));
        // "%%" % ()
        eq("'%'", op("%", s("%%"), tup()));
        // "100%%" % ()
        eq("'100%'", op("%", s("100%%"), tup()));
        // "%%%s" % ("x",)
        eq("'%x'", op("%", s("%%%s"), tup(s("x"))));
        // "%s%%" % 1
        eq("'1%'", op("%", s("%s%%"), i(1L)));
    }

    @Test
    void integers() {
        // "%d %5d %-5d| %05d %+d % d %x %X %#x %o %#o %c %c" % (1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 8, 65, "B")
        eq("'1     2 3    | 00004 +5  6 ff FF 0xff 10 0o10 A B'", op("%", s("%d %5d %-5d| %05d %+d % d %x %X %#x %o %#o %c %c"), tup(i(1L), i(2L), i(3L), i(4L), i(5L), i(6L), i(255L), i(255L), i(255L), i(8L), i(8L), i(65L), s("B"))));
        // "%d" % True
        eq("'1'", op("%", s("%d"), T));
        // "%i" % 3.99
        eq("'3'", op("%", s("%i"), f(3.99)));
        // "%x" % -255
        eq("'-ff'", op("%", s("%x"), i(-255L)));
        // "%u" % 7
        eq("'7'", op("%", s("%u"), i(7L)));
        // "%05d" % (-3,)
        eq("'-0003'", op("%", s("%05d"), tup(i(-3L))));
        // "%-05d|" % (3,)
        eq("'3    |'", op("%", s("%-05d|"), tup(i(3L))));
        // "%+.3d" % (7,)
        eq("'+007'", op("%", s("%+.3d"), tup(i(7L))));
        // "%#.3x" % (7,)
        eq("'0x007'", op("%", s("%#.3x"), tup(i(7L))));
        // "%#o" % (0,)
        eq("'0o0'", op("%", s("%#o"), tup(i(0L))));
        // "%#x" % (-255,)
        eq("'-0xff'", op("%", s("%#x"), tup(i(-255L))));
        // "%+x" % (255,)
        eq("'+ff'", op("%", s("%+x"), tup(i(255L))));
        // "%x" % (True,)
        eq("'1'", op("%", s("%x"), tup(T)));
        // "%d" % (2**70,)
        eq("'1180591620717411303424'", op("%", s("%d"), tup(big("1180591620717411303424"))));
        // "%x" % (-2**70,)
        eq("'-400000000000000000'", op("%", s("%x"), tup(big("-1180591620717411303424"))));
        // "%d" % (1e30,)
        eq("'1000000000000000019884624838656'", op("%", s("%d"), tup(f(1e+30))));
        // "%d" % (float("nan"),)
        raises("ValueError", "cannot convert float NaN to integer", () -> op("%", s("%d"), tup(f(Double.NaN))));
        // "%d" % (float("inf"),)
        raises("OverflowError", "cannot convert float infinity to integer", () -> op("%", s("%d"), tup(f(Double.POSITIVE_INFINITY))));
        // "%d" % ("x",)
        raises("TypeError", "%d format: a real number is required, not str", () -> op("%", s("%d"), tup(s("x"))));
        // "%d" % ([1],)
        raises("TypeError", "%d format: a real number is required, not list", () -> op("%", s("%d"), tup(lst(i(1L)))));
        // "%x" % 1.5
        raises("TypeError", "%x format: an integer is required, not float", () -> op("%", s("%x"), f(1.5)));
        // "%x" % ("s",)
        raises("TypeError", "%x format: an integer is required, not str", () -> op("%", s("%x"), tup(s("s"))));
        // "%o" % (8.0,)
        raises("TypeError", "%o format: an integer is required, not float", () -> op("%", s("%o"), tup(f(8.0))));
        // "%X" % (255,)
        eq("'FF'", op("%", s("%X"), tup(i(255L))));
        // "%+#020x" % (255,)
        eq("'+0x000000000000000ff'", op("%", s("%+#020x"), tup(i(255L))));
        // "%-#20o|" % (8,)
        eq("'0o10                |'", op("%", s("%-#20o|"), tup(i(8L))));
        // "% d" % (5,)
        eq("' 5'", op("%", s("% d"), tup(i(5L))));
        // "% +d" % (5,)
        eq("'+5'", op("%", s("% +d"), tup(i(5L))));
        // "%+ d" % (5,)
        eq("'+5'", op("%", s("%+ d"), tup(i(5L))));
        // "%#x" % 0
        eq("'0x0'", op("%", s("%#x"), i(0L)));
        // "%#X" % 255
        eq("'0XFF'", op("%", s("%#X"), i(255L)));
        // "%.*d" % (-3, 5)
        eq("'5'", op("%", s("%.*d"), tup(i(-3L), i(5L))));
        // "%-05x" % 5
        eq("'5    '", op("%", s("%-05x"), i(5L)));
        // "%hd %ld" % (1, 2)
        eq("'1 2'", op("%", s("%hd %ld"), tup(i(1L), i(2L))));
        // "%5c|" % "x"
        eq("'    x|'", op("%", s("%5c|"), s("x")));
        // "%c" % 0x1f600
        eq("'\ud83d\ude00'", op("%", s("%c"), i(128512L)));
        // "%c" % -1
        raises("OverflowError", "%c arg not in range(0x110000)", () -> op("%", s("%c"), i(-1L)));
        // "%c" % 1.5
        raises("TypeError", "%c requires int or char", () -> op("%", s("%c"), f(1.5)));
        // "%c" % 1234567
        raises("OverflowError", "%c arg not in range(0x110000)", () -> op("%", s("%c"), i(1234567L)));
        // "%c" % "ab"
        raises("TypeError", "%c requires int or char", () -> op("%", s("%c"), s("ab")));
        // "%c" % True
        eq("'\\x01'", op("%", s("%c"), T));
    }

    @Test
    void floats() {
        // "%f %.1f %e %.2E %g %G %10.3f| %-10.2e|" % (1.5, 2.25, 12345.678, 0.000123, 1e-7, 1e20, 3.14159, 2.5)
        eq("'1.500000 2.2 1.234568e+04 1.23E-04 1e-07 1E+20      3.142| 2.50e+00  |'", op("%", s("%f %.1f %e %.2E %g %G %10.3f| %-10.2e|"), tup(f(1.5), f(2.25), f(12345.678), f(0.000123), f(1e-07), f(1e+20), f(3.14159), f(2.5))));
        // "%f" % ("x",)
        raises("TypeError", "must be real number, not str", () -> op("%", s("%f"), tup(s("x"))));
        // "%f" % (10**400,)
        raises("OverflowError", "int too large to convert to float", () -> op("%", s("%f"), tup(big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))));
        // "%05f" % (float("inf"),)
        eq("'00inf'", op("%", s("%05f"), tup(f(Double.POSITIVE_INFINITY))));
        // "%-8.3f|" % (-1.5,)
        eq("'-1.500  |'", op("%", s("%-8.3f|"), tup(f(-1.5))));
        // "%+05.1f" % (2.25,)
        eq("'+02.2'", op("%", s("%+05.1f"), tup(f(2.25))));
        // "% f" % (1.0,)
        eq("' 1.000000'", op("%", s("% f"), tup(f(1.0))));
        // "%#g" % (1.0,)
        eq("'1.00000'", op("%", s("%#g"), tup(f(1.0))));
        // "%e" % (0,)
        eq("'0.000000e+00'", op("%", s("%e"), tup(i(0L))));
        // "%g" % (1e-5,)
        eq("'1e-05'", op("%", s("%g"), tup(f(1e-05))));
        // "%.0f" % (2.5,)
        eq("'2'", op("%", s("%.0f"), tup(f(2.5))));
        // "%.3e" % (123456,)
        eq("'1.235e+05'", op("%", s("%.3e"), tup(i(123456L))));
        // "%G" % (1e-20,)
        eq("'1E-20'", op("%", s("%G"), tup(f(1e-20))));
        // "%020.5f" % (3.14159,)
        eq("'00000000000003.14159'", op("%", s("%020.5f"), tup(f(3.14159))));
        // "%-6.2f|" % 1
        eq("'1.00  |'", op("%", s("%-6.2f|"), i(1L)));
        // "%#.3g" % 1.0
        eq("'1.00'", op("%", s("%#.3g"), f(1.0)));
        // "%.3g" % 1.0
        eq("'1'", op("%", s("%.3g"), f(1.0)));
        // "%05.1f" % float("-inf")
        eq("'-0inf'", op("%", s("%05.1f"), f(Double.NEGATIVE_INFINITY)));
        // "%+f" % float("nan")
        eq("'+nan'", op("%", s("%+f"), f(Double.NaN)));
        // "%010.3e" % -1.5
        eq("'-1.500e+00'", op("%", s("%010.3e"), f(-1.5)));
        // "%#.0f" % 3
        eq("'3.'", op("%", s("%#.0f"), i(3L)));
        // "%#.0e" % 3
        eq("'3.e+00'", op("%", s("%#.0e"), i(3L)));
        // "%.0g" % 3.5
        eq("'4'", op("%", s("%.0g"), f(3.5)));
        // "%f" % True
        eq("'1.000000'", op("%", s("%f"), T));
        // "%.*f" % (2, 3.14159)
        eq("'3.14'", op("%", s("%.*f"), tup(i(2L), f(3.14159))));
        // "%F" % 1.5
        eq("'1.500000'", op("%", s("%F"), f(1.5)));
        // "%Lf" % 3.0
        eq("'3.000000'", op("%", s("%Lf"), f(3.0)));
    }

    @Test
    void arguments() {
        // "%(name)s is %(age)d" % {"name": "Ann", "age": 30}
        eq("'Ann is 30'", op("%", s("%(name)s is %(age)d"), dict(s("name"), s("Ann"), s("age"), i(30L))));
        // "%(x)s %(x)r" % {"x": "v"}
        eq("\"v 'v'\"", op("%", s("%(x)s %(x)r"), dict(s("x"), s("v"))));
        // "%*d|%-*d|" % (5, 1, 4, 2)
        eq("'    1|2   |'", op("%", s("%*d|%-*d|"), tup(i(5L), i(1L), i(4L), i(2L))));
        // "%s" % (1,)
        eq("'1'", op("%", s("%s"), tup(i(1L))));
        // "%s" % ()
        raises("TypeError", "not enough arguments for format string", () -> op("%", s("%s"), tup()));
        // "%s %s" % (1,)
        raises("TypeError", "not enough arguments for format string", () -> op("%", s("%s %s"), tup(i(1L))));
        // "%s" % (1, 2)
        raises("TypeError", "not all arguments converted during string formatting", () -> op("%", s("%s"), tup(i(1L), i(2L))));
        // "%z" % 1
        raises("ValueError", "unsupported format character 'z' (0x7a) at index 1", () -> op("%", s("%z"), i(1L)));
        // "%(a)s" % (1,)
        raises("TypeError", "format requires a mapping", () -> op("%", s("%(a)s"), tup(i(1L))));
        // "%(a)s" % {}
        raises("KeyError", "'a'", () -> op("%", s("%(a)s"), dict()));
        // "%" % ()
        raises("ValueError", "incomplete format", () -> op("%", s("%"), tup()));
        // "%5%|" % ()
        raises("TypeError", "not enough arguments for format string", () -> op("%", s("%5%|"), tup()));
        // "%5%|" % (1,)
        raises("ValueError", "unsupported format character '%' (0x25) at index 2", () -> op("%", s("%5%|"), tup(i(1L))));
        // "%(" % {}
        raises("ValueError", "incomplete format key", () -> op("%", s("%("), dict()));
        // "%(a" % {"a": 1}
        raises("ValueError", "incomplete format key", () -> op("%", s("%(a"), dict(s("a"), i(1L))));
        // "%(a)" % {"a": 1}
        raises("ValueError", "incomplete format", () -> op("%", s("%(a)"), dict(s("a"), i(1L))));
        // "%(a)s" % 1
        raises("TypeError", "format requires a mapping", () -> op("%", s("%(a)s"), i(1L)));
        // "%(a)s %s" % {"a": 1}
        raises("TypeError", "not enough arguments for format string", () -> op("%", s("%(a)s %s"), dict(s("a"), i(1L))));
        // "%s %(a)s" % {"a": 1}
        eq("\"{'a': 1} 1\"", op("%", s("%s %(a)s"), dict(s("a"), i(1L))));
        // "%*d" % ("x", 1)
        raises("TypeError", "* wants int", () -> op("%", s("%*d"), tup(s("x"), i(1L))));
        // "%.*f" % ("x", 1.0)
        raises("TypeError", "* wants int", () -> op("%", s("%.*f"), tup(s("x"), f(1.0))));
        // "%*d" % (-5, 1)
        eq("'1    '", op("%", s("%*d"), tup(i(-5L), i(1L))));
        // "%-*d|" % (-5, 1)
        eq("'1    |'", op("%", s("%-*d|"), tup(i(-5L), i(1L))));
        // "%s %s" % (1, 2, 3)
        raises("TypeError", "not all arguments converted during string formatting", () -> op("%", s("%s %s"), tup(i(1L), i(2L), i(3L))));
        // "abc" % 1
        raises("TypeError", "not all arguments converted during string formatting", () -> op("%", s("abc"), i(1L)));
        // "abc" % [1]
        eq("'abc'", op("%", s("abc"), lst(i(1L))));
        // "abc" % {"a": 1}
        eq("'abc'", op("%", s("abc"), dict(s("a"), i(1L))));
        // "abc" % ()
        eq("'abc'", op("%", s("abc"), tup()));
        // "abc" % (1,)
        raises("TypeError", "not all arguments converted during string formatting", () -> op("%", s("abc"), tup(i(1L))));
        // "abc" % "x"
        raises("TypeError", "not all arguments converted during string formatting", () -> op("%", s("abc"), s("x")));
        // "%(a)s%(b)d" % {"a": "x", "b": 2}
        eq("'x2'", op("%", s("%(a)s%(b)d"), dict(s("a"), s("x"), s("b"), i(2L))));
        // "%((a))s" % {"(a)": 5}
        eq("'5'", op("%", s("%((a))s"), dict(s("(a)"), i(5L))));
        // "%\\u00e9" % 1
        raises("ValueError", "unsupported format character '?' (0xe9) at index 1", () -> op("%", s("%\u00e9"), i(1L)));
        // "%.2z" % 1
        raises("ValueError", "unsupported format character 'z' (0x7a) at index 3", () -> op("%", s("%.2z"), i(1L)));
        // "%\x01" % 1
        raises("ValueError", "unsupported format character '?' (0x1) at index 1", () -> op("%", s("%\u0001"), i(1L)));
        // "%\U0001f600" % 1
        raises("ValueError", "unsupported format character '?' (0x1f600) at index 1", () -> op("%", s("%\ud83d\ude00"), i(1L)));
        // "\\u00e9%z" % 1
        raises("ValueError", "unsupported format character 'z' (0x7a) at index 2", () -> op("%", s("\u00e9%z"), i(1L)));
        // "%z" % ()
        raises("TypeError", "not enough arguments for format string", () -> op("%", s("%z"), tup()));
        // "%(a)%" % {"a": 1}
        raises("ValueError", "unsupported format character '%' (0x25) at index 4", () -> op("%", s("%(a)%"), dict(s("a"), i(1L))));
        // "%.*s" % (2**40, "a")
        raises("OverflowError", "Python int too large to convert to C int", () -> op("%", s("%.*s"), tup(i(1099511627776L), s("a"))));
        // "a".__mod__(1)
        raises("TypeError", "not all arguments converted during string formatting", () -> m(s("a"), "__mod__", null, i(1L)));
        // "%s".__mod__(1)
        eq("'1'", m(s("%s"), "__mod__", null, i(1L)));
        // "%s".__rmod__("x")
        raises("TypeError", "not all arguments converted during string formatting", () -> m(s("%s"), "__rmod__", null, s("x")));
        // "%.3%" % (1,)
        raises("ValueError", "unsupported format character '%' (0x25) at index 3", () -> op("%", s("%.3%"), tup(i(1L))));
    }
    // ---- end GENERATED ----
}
