package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer on its own: token kinds, texts and CPython's positions (NEWLINE zero-width
 * at the '\n' or at a comment before it, INDENT/DEDENT without extent), indentation with
 * tabs, brackets, numbers, strings and its lexical errors.
 */
class TokenizerTest {
    /** All tokens of {@code src}, one "KIND text line:col-endLine:endCol" per token. */
    private static List<String> tokens(String src) {
        Tokenizer t = new Tokenizer(new Source(src, "x.py", 1, 0, false));
        List<String> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok.toString());
            if (tok.kind() == Token.Kind.ENDMARKER) return out;
        }
    }

    private static String joined(String src) {
        return String.join(" | ", tokens(src));
    }

    private static PySyntaxError lexError(String src) {
        Tokenizer t = new Tokenizer(new Source(src, "x.py", 1, 0, false));
        return assertThrows(PySyntaxError.class, () -> {
            while (t.next().kind() != Token.Kind.ENDMARKER) { }
        });
    }

    private static PySyntaxError deferredError(String src) {
        Tokenizer t = new Tokenizer(new Source(src, "x.py", 1, 0, false));
        Tokenizer.Deferred d = assertThrows(Tokenizer.Deferred.class, () -> {
            while (t.next().kind() != Token.Kind.ENDMARKER) { }
        });
        return d.error;
    }

    @Test
    void simpleStatement() {
        assertEquals("NAME x@1:0-1:1 | OP =@1:2-1:3 | NUMBER 1@1:4-1:5 | NEWLINE@1:5-1:5 | ENDMARKER@1:-1-1:-1",
                joined("x = 1\n"));
    }

    @Test
    void missingFinalNewlineIsAdded() {
        assertEquals("NAME x@1:0-1:1 | NEWLINE@1:1-1:1 | ENDMARKER@1:-1-1:-1", joined("x"));
    }

    @Test
    void newlineAfterACommentStartsAtTheComment() {
        assertEquals("NAME x@1:0-1:1 | NEWLINE@1:3-1:7 | ENDMARKER@1:-1-1:-1", joined("x  # c \n"));
    }

    @Test
    void blankLinesAndCommentLinesProduceNothing() {
        assertEquals("NAME x@3:0-3:1 | NEWLINE@3:1-3:1 | ENDMARKER@5:-1-5:-1", joined("\n  # c\nx\n\n   \n"));
    }

    @Test
    void indentAndDedent() {
        assertEquals("NAME if@1:0-1:2 | NAME x@1:3-1:4 | OP :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:-1-2:-1"
                + " | NAME y@2:4-2:5 | NEWLINE@2:5-2:5 | DEDENT@3:-1-3:-1 | NAME z@3:0-3:1 | NEWLINE@3:1-3:1"
                + " | ENDMARKER@3:-1-3:-1", joined("if x:\n    y\nz\n"));
    }

    @Test
    void dedentsAtEndOfFile() {
        List<String> t = tokens("if a:\n if b:\n  c\n");
        assertEquals(List.of("DEDENT@3:-1-3:-1", "DEDENT@3:-1-3:-1", "ENDMARKER@3:-1-3:-1"),
                t.subList(t.size() - 3, t.size()));
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        // A tab and eight spaces are the same column only when used consistently.
        List<String> t = tokens("if a:\n\tb\n\tc\n");
        assertEquals("INDENT@2:-1-2:-1", t.get(4));
        PySyntaxError e = deferredError("if a:\n\tb\n        c\n");
        assertEquals(PySyntaxError.Kind.TAB_ERROR, e.kind);
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg);
        assertEquals(3, e.lineno);
    }

    @Test
    void unindentToUnknownLevel() {
        PySyntaxError e = deferredError("if a:\n    b\n  c\n");
        assertEquals(PySyntaxError.Kind.INDENTATION_ERROR, e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(4, e.offset);   // the length of "  c\n", as CPython reports it
        assertEquals(-1, e.endOffset);
    }

    @Test
    void bracketsJoinLinesAndTrackLevel() {
        assertEquals("NAME x@1:0-1:1 | OP =@1:2-1:3 | OP (@1:4-1:5 | NUMBER 1@1:5-1:6 | OP ,@1:6-1:7"
                + " | NUMBER 2@2:2-2:3 | OP )@2:3-2:4 | NEWLINE@2:4-2:4 | ENDMARKER@2:-1-2:-1", joined("x = (1,\n  2)\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals("NAME x@1:0-1:1 | OP =@1:2-1:3 | NUMBER 1@2:2-2:3 | NEWLINE@2:3-2:3 | ENDMARKER@2:-1-2:-1",
                joined("x = \\\n  1\n"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals("OP **=@1:0-1:3 | OP //@1:3-1:5 | OP ->@1:5-1:7 | OP :=@1:7-1:9 | OP ...@1:9-1:12"
                + " | OP !=@1:12-1:14 | OP <>@1:14-1:16 | OP .@1:16-1:17 | OP $@1:17-1:18 | NEWLINE@1:18-1:18"
                + " | ENDMARKER@1:-1-1:-1", joined("**=//->:=...!=<>.$\n"));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER 0x_1F@1:0-1:5 | NUMBER 1_000.5e-3j@1:6-1:17 | NUMBER .5@1:18-1:20"
                + " | NUMBER 0o17@1:21-1:25 | NUMBER 0b1@1:26-1:29 | NUMBER 00@1:30-1:32 | NEWLINE@1:32-1:32"
                + " | ENDMARKER@1:-1-1:-1", joined("0x_1F 1_000.5e-3j .5 0o17 0b1 00\n"));
    }

    @Test
    void numberFollowedByKeyword() {
        // "1if x else y" is still valid in 3.11 (with a warning): the number ends before "if".
        assertEquals("NUMBER 1@1:0-1:1 | NAME if@1:1-1:3", String.join(" | ", tokens("1if x else 2\n").subList(0, 2)));
        assertEquals("NUMBER 1@1:0-1:1 | NAME else@1:1-1:5", String.join(" | ", tokens("1else\n").subList(0, 2)));
    }

    @Test
    void badNumbers() {
        assertEquals("invalid decimal literal", lexError("1abc\n").msg);
        assertEquals("invalid hexadecimal literal", lexError("0xg\n").msg);
        assertEquals("invalid digit '9' in octal literal", lexError("0o9\n").msg);
        assertEquals("invalid digit '2' in binary literal", lexError("0b2\n").msg);
        assertEquals("invalid imaginary literal", lexError("1jx\n").msg);
        PySyntaxError e = lexError("x = 012\n");
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", e.msg);
        assertEquals(5, e.offset);
        assertEquals(6, e.endOffset);
        assertEquals("x = 012", e.text);
    }

    @Test
    void stringsWithPrefixesAreOneToken() {
        assertEquals("STRING rb'\\n'@1:0-1:6 | STRING f\"{x}\"@1:7-1:13 | STRING '''a\nb'''@1:14-2:4"
                + " | NEWLINE@2:4-2:4 | ENDMARKER@2:-1-2:-1", joined("rb'\\n' f\"{x}\" '''a\nb'''\n"));
        assertEquals("NAME ub@1:0-1:2 | STRING 'x'@1:2-1:5", String.join(" | ", tokens("ub'x'\n").subList(0, 2)));
    }

    @Test
    void unterminatedStrings() {
        PySyntaxError e = lexError("x = 'abc\n");
        assertEquals("unterminated string literal (detected at line 1)", e.msg);
        assertEquals(5, e.offset);
        assertEquals("x = 'abc", e.text);
        e = lexError("x = '''abc\n\ny\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 3)", e.msg);
        assertEquals(1, e.lineno);
    }

    @Test
    void identifiersAreNormalizedAndChecked() {
        assertEquals("NAME fi@1:0-1:1", tokens("\ufb01\n").getFirst());
        assertEquals("NAME é@1:0-1:1", tokens("é\n").getFirst());
        PySyntaxError e = lexError("a€b\n");
        assertEquals("invalid character '€' (U+20AC)", e.msg);
        assertEquals(2, e.offset);
        assertEquals("invalid non-printable character U+200B", lexError("a\u200bb\n").msg);
        assertEquals("invalid non-printable character U+0001", lexError("\u0001\n").msg);
    }

    @Test
    void bracketErrors() {
        assertEquals("unmatched ')'", lexError(")\n").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", lexError("(]\n").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                lexError("(\n]\n").msg);
        assertEquals("too many nested parentheses", lexError("(".repeat(201)).msg);
        Tokenizer t = new Tokenizer(new Source("(\n", "x.py", 1, 0, false));
        t.next();
        Tokenizer.Deferred d = assertThrows(Tokenizer.Deferred.class, t::next);
        assertEquals(null, d.error);   // the parser reports "'(' was never closed"
    }

    @Test
    void lineContinuationErrors() {
        assertEquals("unexpected character after line continuation character", deferredError("x = 1 \\ 2\n").msg);
        assertEquals("unexpected EOF while parsing", deferredError("x = \\\n").msg);
    }

    @Test
    void crlfAndCrAreNewlines() {
        assertEquals(tokens("a\nb\n"), tokens("a\r\nb\r\n"));
        assertEquals(tokens("a\nb\n"), tokens("a\rb\r"));
    }
}
