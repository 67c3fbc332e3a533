package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: random mutations of valid snippets (characters and tokens deleted,
 * inserted, swapped and duplicated, snippets spliced, random bytes, deep nesting). Every
 * input must either parse or raise {@link PySyntaxError} — never another exception, never
 * a StackOverflowError — and finish quickly. The iteration count comes from the system
 * property {@code gilpy.fuzz.iterations} (the pom passes it; default 3000). The loop runs
 * on a thread with a 1 MB stack, the JVM's usual default, not the test runner's larger one.
 * {@code -Dgilpy.fuzz.seed=N} explores other inputs.
 */
class FuzzTest {
    private static final long SEED = 0x6011_2024L;
    private static final long MAX_MILLIS_PER_INPUT = 2_000;

    private static final String CHARS = "()[]{}:;,.'\"\\\n\n\n\t    #=+-*/%@&|^~<>!`$?_fbrux0123456789eEjJ"
            + "é€😀\r\f\u00a0\u200b\u0000\u0001";
    private static final String[] TOKENS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "@",
        "+", "-", "~", "<", ">", "<>", "!=", "//", "/", "%", "|", "&", "^", "<<", ">>", "+=", "**=",
        "if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "yield", "from", "import",
        "as", "def", "class", "return", "with", "try", "except", "finally", "while", "del", "pass",
        "global", "nonlocal", "assert", "raise", "print", "print >>f,", "async", "await", "match", "case",
        "True", "None", "False", "x", "y", "_", "1", "0x", "1.5e", "0o8", "1_", "3j", "'", "\"", "'''",
        "\"\"\"", "f'", "f'{", "}'", "{x!r:>{w}}", "rb'", "\\N{", "\\x", "\\", "\n", "\n    ", "\n\t",
        "#", "$", "€", "\u00e9",
    };

    @Test
    void everyInputParsesOrRaisesSyntaxError() throws Exception {
        int iterations = Integer.getInteger("gilpy.fuzz.iterations", 3000);
        List<String> corpus = corpus();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                run(iterations, corpus);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "fuzz", 1 << 20);
        t.start();
        t.join(Math.max(120_000L, iterations * 200L));
        if (t.isAlive()) fail("fuzzing did not finish: a parse hangs");
        if (failure.get() != null) {
            if (failure.get() instanceof AssertionError a) throw a;
            throw new AssertionError(failure.get());
        }
    }

    private static void run(int iterations, List<String> corpus) {
        Random random = new Random(Long.getLong("gilpy.fuzz.seed", SEED));
        for (int i = 0; i < iterations; i++) {
            String input = mutate(random, corpus);
            String mode = random.nextInt(10) == 0 ? "eval" : random.nextInt(10) == 0 ? "single" : "exec";
            long t0 = System.nanoTime();
            try {
                CaseFiles.actual(mode, input);
            } catch (Throwable e) {
                throw new AssertionError("iteration " + i + " (" + mode + "): " + e
                        + "\n  input: " + AstDump.PyRepr.str(input), e);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < MAX_MILLIS_PER_INPUT,
                    "iteration " + i + " took " + millis + " ms: " + AstDump.PyRepr.str(input));
        }
    }

    /** The valid sources of the case files, plus a few larger programs. */
    private static List<String> corpus() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(CaseFiles.DIR)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ast_")).toList()) {
                for (CaseFiles.Case c : CaseFiles.read(f)) corpus.add(c.source());
            }
        }
        Path golden = Path.of("src/test/python");
        if (Files.isDirectory(golden)) {
            try (Stream<Path> s = Files.walk(golden, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".py")).limit(60).toList()) {
                    corpus.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return corpus;
    }

    private static String mutate(Random r, List<String> corpus) {
        String s = corpus.get(r.nextInt(corpus.size()));
        int kind = r.nextInt(20);
        if (kind == 0) return randomBytes(r);
        if (kind == 1) return deepNesting(r);
        if (kind == 2) s = s + corpus.get(r.nextInt(corpus.size()));
        int edits = 1 + r.nextInt(4);
        StringBuilder sb = new StringBuilder(s);
        for (int e = 0; e < edits; e++) edit(r, sb);
        return sb.toString();
    }

    private static void edit(Random r, StringBuilder sb) {
        int n = sb.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        switch (r.nextInt(6)) {
            case 0 -> {
                if (n > 0) sb.delete(at == n ? n - 1 : at, Math.min(n, at + 1 + r.nextInt(4)));
            }
            case 1 -> sb.insert(at, CHARS.charAt(r.nextInt(CHARS.length())));
            case 2 -> sb.insert(at, " " + TOKENS[r.nextInt(TOKENS.length)] + (r.nextBoolean() ? " " : ""));
            case 3 -> {
                if (n > 2) {
                    int a = r.nextInt(n - 1), len = 1 + r.nextInt(Math.min(8, n - a));
                    String piece = sb.substring(a, a + len);
                    sb.delete(a, a + len);
                    sb.insert(Math.min(sb.length(), r.nextInt(sb.length() + 1)), piece);
                }
            }
            case 4 -> {
                if (n > 2) {
                    int a = r.nextInt(n - 1), len = 1 + r.nextInt(Math.min(12, n - a));
                    sb.insert(a, sb.substring(a, a + len));
                }
            }
            default -> {
                if (n > 0) sb.setCharAt(Math.min(at, n - 1), CHARS.charAt(r.nextInt(CHARS.length())));
            }
        }
    }

    private static String randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(200)];
        r.nextBytes(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String deepNesting(Random r) {
        String[][] forms = {
            {"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"-", ""}, {"not ", ""}, {"lambda: ", ""},
            {"a if b else ", ""}, {"2 ** ", ""}, {"[x for x in ", "]"}, {"{1: ", "}"}, {"(yield ", ")"},
            {"f'{", "}'"}, {"if x:\n" + " ", ""},
        };
        String[] f = forms[r.nextInt(forms.length)];
        int depth = r.nextInt(4) == 0 ? 10_000 : 1 + r.nextInt(400);
        boolean close = r.nextBoolean();
        return "x = " + f[0].repeat(depth) + "1" + (close ? f[1].repeat(depth) : "") + "\n";
    }
}
