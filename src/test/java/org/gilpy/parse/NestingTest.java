package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gilpy.ast.Expr;
import org.gilpy.ast.Stmt;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting ends in a clean SyntaxError, never a StackOverflowError: brackets are
 * limited to 200 by the tokenizer (as CPython), other recursive forms by the parser's
 * depth guard; long flat chains (a.a.a..., a + a + ...) are parsed without recursion.
 */
class NestingTest {
    private static String nested(String open, String middle, String close, int n) {
        return "x = " + open.repeat(n) + middle + close.repeat(n) + "\n";
    }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> Parser.parseModule(src, "x.py"));
    }

    @Test
    void twoHundredParenthesesParse() {
        Parser.parseModule(nested("(", "1", ")", 200), "x.py");
        Parser.parseModule(nested("[", "1", "]", 200), "x.py");
    }

    @Test
    void moreThanTwoHundredParenthesesIsCPythonsError() {
        PySyntaxError e = error(nested("(", "1", ")", 201));
        assertEquals("too many nested parentheses", e.msg);
        assertEquals(205, e.offset);
        assertEquals("too many nested parentheses", error("(".repeat(10_000)).msg);
        assertEquals("too many nested parentheses", error(nested("{a:[(", "1", ")]}", 100)).msg);
    }

    @Test
    void deepUnaryLambdaAndConditionalChainsAreRefused() {
        for (String open : new String[] {"-", "not ", "lambda: ", "1 if 1 else ", "2 ** ", "~+"}) {
            assertEquals("too many nested expressions", error(nested(open, "1", "", 5_000)).msg, open);
            Parser.parseModule(nested(open, "1", "", 200), "x.py");
        }
    }

    @Test
    void deepFStringsAndSubscriptsAreRefused() {
        assertEquals("too many nested parentheses", error(nested("a[", "1", "]", 300)).msg);
        assertEquals("too many nested parentheses", error(nested("f(", "1", ")", 300)).msg);
    }

    @Test
    void longFlatChainsParse() {
        Stmt.Assign a = (Stmt.Assign) Parser.parseModule("x = a" + ".a".repeat(20_000) + "\n", "x.py").body().getFirst();
        assertEquals(Expr.Attribute.class, a.value().getClass());
        Parser.parseModule("x = a" + " + a".repeat(20_000) + "\n", "x.py");
        Parser.parseModule("x = f" + "()".repeat(20_000) + "\n", "x.py");
        Parser.parseModule("x = 'a'" + " 'b'".repeat(20_000) + "\n", "x.py");
        Parser.parseModule("x = a" + " < a".repeat(20_000) + "\n", "x.py");
        Parser.parseModule("x = a" + " and a".repeat(20_000) + "\n", "x.py");
        Parser.parseModule("x = 1\n".repeat(20_000), "x.py");
    }

    @Test
    void deepBlocksStopAtCPythonsIndentationLimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.append(" ".repeat(i)).append("if 1:\n");
        sb.append(" ".repeat(100)).append("pass\n");
        PySyntaxError e = error(sb.toString());
        assertEquals(PySyntaxError.Kind.INDENTATION_ERROR, e.kind);
        assertEquals("too many levels of indentation", e.msg);
        assertEquals(101, e.lineno);
    }

    @Test
    void deepNestingInTheErrorPassStaysFast() {
        // The second pass re-parses speculatively; memoization keeps this linear.
        long t0 = System.nanoTime();
        PySyntaxError e = error(nested("(", "a b", ")", 190));
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.msg);
        error(nested("[f(", "a = = b", ")]", 95));
        error(nested("(x := ", "[", ")", 150));
        error("x = " + "[(".repeat(95) + "1 if 2" + ")]".repeat(95) + "\n");
        assertEquals(true, System.nanoTime() - t0 < 5_000_000_000L, "error pass took too long");
    }
}
