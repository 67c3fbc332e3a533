package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Stmt;
import org.junit.jupiter.api.Test;

/**
 * The Java values inside Constant nodes (which the dump prints the same way for different
 * types): Long or BigInteger, Double, Imaginary, String, Bytes, Boolean, Singleton; and
 * the three entry points of {@link Parser}.
 */
class ValuesTest {
    private static Object value(String expr) {
        Mod.Expression m = Parser.parseExpression(expr, "<test>");
        return ((Expr.Constant) m.body()).value();
    }

    @Test
    void integersAreLongWhenTheyFit() {
        assertEquals(9223372036854775807L, value("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
        assertEquals(255L, value("0xff"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), value("0xFFFF_FFFF_FFFF_FFFF_FFFF"));
        assertEquals(Long.MAX_VALUE, value("0x7fffffffffffffff"));
        assertEquals(new BigInteger("8000000000000000", 16), value("0x8000000000000000"));
        assertEquals(8L, value("0o10"));
        assertEquals(5L, value("0b101"));
        assertEquals(1_000_000L, value("1_000_000"));
        assertEquals(0L, value("000"));
    }

    @Test
    void floatsAndImaginaries() {
        assertEquals(1.5, value("1.5"));
        assertEquals(0.5, value(".5"));
        assertEquals(1e10, value("1e10"));
        assertEquals(Double.POSITIVE_INFINITY, value("1e400"));
        assertEquals(new Expr.Imaginary(2.0), value("2j"));
        assertEquals(new Expr.Imaginary(1.5e3), value("1.5e3J"));
    }

    @Test
    void stringsBytesAndSingletons() {
        assertEquals("ab\n", value("'a' \"b\" '\\n'"));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 'a'}, ((Expr.Bytes) value("b'\\x00\\xff' b'a'")).value());
        assertEquals(Boolean.TRUE, value("True"));
        assertEquals(Expr.Singleton.NONE, value("None"));
        assertEquals(Expr.Singleton.ELLIPSIS, value("..."));
        assertEquals("\u2022\n\u00a0", value("'\\N{BULLET}\\N{LF}\\N{nbsp}'"));
        assertEquals("😀", value("'\\U0001F600'"));
    }

    @Test
    void entryPoints() {
        Mod.Module m = Parser.parseModule("x = 1\nprint x\n", "x.py");
        assertEquals(2, m.body().size());
        assertInstanceOf(Stmt.Print.class, m.body().get(1));
        Mod.Interactive i = Parser.parseInteractive("x = 1; y = 2\n", "<stdin>");
        assertEquals(2, i.body().size());
        Mod.Expression e = Parser.parseExpression("a, b\n\n", "<string>");
        assertInstanceOf(Expr.Tuple.class, e.body());
    }

    @Test
    void syntaxErrorCarriesCPythonsAttributes() {
        PySyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = 1\nf() = 2\n", "prog.py"));
        assertEquals(PySyntaxError.Kind.SYNTAX_ERROR, e.kind);
        assertEquals("cannot assign to function call here. Maybe you meant '==' instead of '='?", e.msg);
        assertEquals("prog.py", e.filename);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(2, e.endLineno);
        assertEquals(4, e.endOffset);
        assertEquals("f() = 2\n", e.text);
        assertEquals(0, e.getStackTrace().length);
    }
}
