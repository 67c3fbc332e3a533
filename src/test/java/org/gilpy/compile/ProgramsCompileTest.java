package org.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gilpy.bytecode.Code;
import org.gilpy.parse.PySyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every golden program under src/test/python and verifies the code structurally
 * ({@link CodeVerifier}): one dynamic test per program. Programs expected to fail with a
 * SyntaxError (their .err says so) are skipped, except those whose error the compiler
 * itself raises: for them the message, line and caret span must match the .err file.
 */
class ProgramsCompileTest {
    private static final Path ROOT = Path.of("src", "test", "python");

    /** Messages raised by the symbol table or code generator rather than the parser. */
    private static final Set<String> COMPILER_MESSAGES = Set.of(
            "outside function", "outside loop", "not properly in loop", "global declaration",
            "nonlocal declaration", "no binding for nonlocal", "is parameter and", "nonlocal and global",
            "duplicate argument", "inside list comprehension", "inside generator expression",
            "inside set comprehension", "inside dict comprehension", "assignment expression",
            "import * only allowed", "keyword argument repeated", "multiple starred expressions",
            "starred assignment target", "too many expressions in star-unpacking", "must be last",
            "__debug__", "can't be global", "can't be nonlocal");

    @TestFactory
    Stream<DynamicTest> everyProgramCompiles() throws IOException {
        if (!Files.isDirectory(ROOT)) return Stream.empty();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expectedError = syntaxErrorLine(file);
        String name = file.getFileName().toString();
        if (expectedError != null) {
            if (COMPILER_MESSAGES.stream().noneMatch(expectedError::contains)) return; // the parser's business
            try {
                Compiler.compile(source, name, "exec");
                fail("expected " + expectedError);
            } catch (PySyntaxError e) {
                assertEquals(expectedError, e.kind.pythonName + ": " + e.msg);
                List<String> err = Files.readAllLines(errFile(file));
                assertEquals("  File \"" + name + "\", line " + e.lineno, err.get(0));
                assertEquals(caret(e), err.get(2), "caret line");
            }
            return;
        }
        Code code = Compiler.compile(source, name, "exec");
        int lines = (int) source.lines().count() + 1;
        List<String> problems = CodeVerifier.verify(code, lines);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Path errFile(Path py) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ".err");
    }

    /** The last line of the expected stderr when it reports a SyntaxError or its subclasses. */
    private static String syntaxErrorLine(Path py) throws IOException {
        Path err = errFile(py);
        if (!Files.exists(err)) return null;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return null;
        String last = lines.get(lines.size() - 1);
        boolean syntax = last.startsWith("SyntaxError") || last.startsWith("IndentationError")
                || last.startsWith("TabError");
        return syntax ? last : null;
    }

    /** The caret line CPython prints under the (left-stripped) source line of a SyntaxError. */
    private static String caret(PySyntaxError e) {
        String text = e.text == null ? "" : e.text.stripTrailing();
        int indent = text.length() - text.stripLeading().length();
        int start = e.offset - 1 - indent;
        int end = e.endLineno == e.lineno ? e.endOffset - 1 - indent : text.length() - indent;
        if (end <= start) end = start + 1;
        return "    " + " ".repeat(Math.max(start, 0)) + "^".repeat(end - Math.max(start, 0));
    }
}
