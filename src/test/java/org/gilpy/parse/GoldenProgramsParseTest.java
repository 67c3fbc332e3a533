package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs of {@code src/test/python} as a parser check: each must parse,
 * except those whose expected stderr ({@code .err}, produced by CPython) is a SyntaxError
 * reported by CPython's parser, which must fail with the same class, message, line, text
 * and caret. SyntaxErrors CPython's compiler reports ("'break' outside loop", ...) belong
 * to gilpy's compiler, so there the parse must succeed; so must {@code print "x"}, which
 * CPython 3 refuses and gilpy accepts (Python 2's print statement is on the compatibility
 * list).
 */
class GoldenProgramsParseTest {
    private static final Path ROOT = Path.of("src/test/python");
    private static final Pattern LAST = Pattern.compile("^(SyntaxError|IndentationError|TabError): (.*)$");

    /** Messages of SyntaxErrors that CPython raises after parsing (symbol table, compiler). */
    private static final Pattern COMPILER = Pattern.compile(
            "outside (loop|function)|not properly in loop|nonlocal|duplicate argument|global declaration"
                    + "|is parameter and global|starred expression|keyword argument repeated|future"
                    + "|not a chance|import \\* only allowed|__debug__|comprehension|annotated name"
                    + "|Missing parentheses in call to 'print'");

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        if (!Files.isDirectory(ROOT)) return Stream.empty();
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        String source = SourceDecoder.decode(Files.readAllBytes(py), name);
        Path errFile = py.resolveSibling(name.replaceAll("\\.py$", ".err"));
        String expected = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        List<String> lines = expected.lines().toList();
        boolean parserError = !lines.isEmpty() && !expected.contains("Traceback (most recent call last)")
                && LAST.matcher(lines.getLast()).matches() && !COMPILER.matcher(lines.getLast()).find();
        if (!parserError) {
            Parser.parseModule(source, name);
            return;
        }
        try {
            Parser.parseModule(source, name);
            throw new AssertionError("expected " + lines.getLast());
        } catch (PySyntaxError e) {
            assertEquals(String.join("\n", lines), String.join("\n", format(e)));
        }
    }

    /** The error as CPython prints an uncaught SyntaxError (without a traceback). */
    static List<String> format(PySyntaxError e) {
        List<String> out = new ArrayList<>();
        if (e.lineno > 0) out.add("  File \"" + e.filename + "\", line " + e.lineno);
        if (e.text != null) {
            String text = e.text.endsWith("\n") ? e.text.substring(0, e.text.length() - 1) : e.text;
            int strip = 0;
            while (strip < text.length() && " \t\f".indexOf(text.charAt(strip)) >= 0) strip++;
            String ltext = text.substring(strip);
            out.add("    " + ltext);
            int len = ltext.codePointCount(0, ltext.length());
            int col = Math.min(e.offset - 1 - strip, len);
            if (e.offset > 0 && col >= 0) {
                int end = e.endOffset > 0 ? Math.min(e.endOffset - 1 - strip, len) : col;
                // CPython's C printer shows a single caret for IndentationError and TabError.
                int carets = end > col && e.kind == PySyntaxError.Kind.SYNTAX_ERROR ? end - col : 1;
                out.add("    " + " ".repeat(col) + "^".repeat(carets));
            }
        }
        out.add(e.kind.pythonName + ": " + e.msg);
        return out;
    }
}
