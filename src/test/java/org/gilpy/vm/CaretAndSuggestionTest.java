package org.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pure parts of traceback display: caret lines from a span ({@link CaretLine}) and
 * the edit distance behind "Did you mean" ({@link Suggestions}). Expected values are what
 * CPython 3.11.7 prints for the same line and span.
 */
class CaretAndSuggestionTest {
    private static String carets(String line, int col, int endCol) {
        return CaretLine.draw(line, 1, col, 1, endCol);
    }

    @Test
    void plainSpanIsCarets() {
        assertEquals("        ^^^^^\n", carets("    y = x.foo", 8, 13));
    }

    @Test
    void spanCoveringTheWholeLineHasNoCarets() {
        assertNull(carets("    f(x)", 4, 8));
    }

    @Test
    void binaryOperatorIsAnchored() {
        assertEquals("    ~^~\n", carets("1/0", 0, 3));
        assertEquals("    ~~~~^^~~~~\n", carets("x   //   x", 0, 10));
    }

    @Test
    void closingParenthesisBeforeOperatorIsSkipped() {
        assertEquals("        ~~~^^~~\n", carets("v = (x)/(0)", 4, 11));
    }

    @Test
    void subscriptAnchorsRunBracketToBracket() {
        assertEquals("        ~^^^^^^^\n", carets("v = d[ \"k\" ]", 4, 12));
    }

    @Test
    void multiLineSpanEndsAtTheLastNonBlank() {
        assertEquals("         ^\n", CaretLine.draw("c = (a   ", 3, 5, 4, 5));
    }

    @Test
    void distanceCountsCaseChangesAsOne() {
        assertEquals(1, Suggestions.distance(bytes("ab"), bytes("Ab"), 10));
        assertEquals(4, Suggestions.distance(bytes("ab"), bytes("ba"), 10));
        assertEquals(2, Suggestions.distance(bytes("sum"), bytes("summ"), 10));
    }

    @Test
    void bestPrefersTheFirstOfEqualCandidates() {
        assertEquals("lena", Suggestions.best(List.of("lena", "lenb"), "lenn"));
        assertNull(Suggestions.best(List.of("ab"), "ba"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
