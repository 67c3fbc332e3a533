package org.gilpy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden suite: every {@code src/test/python/<feature>/<case>.py} runs as a real
 * gilpy process ({@link GilpyProcess}: its folder the working directory, the script named
 * by its bare file name, {@code <case>.in} on stdin) and must print exactly the
 * {@code .out}/{@code .err} CPython printed and exit with the {@code .code} status (see
 * src/test/python/README.md).
 *
 * <p>Programs run {@link #PARALLELISM} at a time in the background while the dynamic
 * tests report in order. A program listed in {@code expected-failures.txt} must still
 * fail: when it starts passing, its test fails until the line is removed, so the list
 * only ever shrinks.
 */
class GoldenTest {
    static final Path ROOT = Path.of("src/test/python");
    static final Path EXPECTED_FAILURES = ROOT.resolve("expected-failures.txt");
    static final int PARALLELISM = Math.max(2, Runtime.getRuntime().availableProcessors());
    static final long TIMEOUT_SECONDS = 120;

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> cases = cases();
        Set<String> expectedFailures = expectedFailures();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        List<CompletableFuture<GilpyProcess.Result>> results = new ArrayList<>();
        for (Path c : cases) results.add(CompletableFuture.supplyAsync(() -> run(c), pool));
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            CompletableFuture<GilpyProcess.Result> r = results.get(i);
            String name = name(c);
            tests.add(DynamicTest.dynamicTest(name, c.toUri(), () -> {
                String mismatch = compare(c, r.join());
                if (expectedFailures.contains(name)) {
                    if (mismatch == null) {
                        fail(name + " passes now: remove it from " + EXPECTED_FAILURES);
                    }
                } else if (mismatch != null) {
                    fail(mismatch);
                }
            }));
        }
        return tests.stream();
    }

    /** Every listed expected failure names a program that exists. */
    @Test
    void expectedFailuresNameExistingPrograms() throws IOException {
        if (!System.getProperty("golden", "").isBlank()) return; // only some programs were selected
        Set<String> names = new LinkedHashSet<>();
        for (Path c : cases()) names.add(name(c));
        for (String f : expectedFailures()) {
            if (!names.contains(f)) fail(EXPECTED_FAILURES + " lists " + f + ", which is not a golden program");
        }
    }

    static String name(Path c) {
        return ROOT.relativize(c).toString().replace(File.separatorChar, '/');
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> p.getParent() != null && !p.getParent().equals(ROOT))
                    .filter(p -> {
                        for (Path part : ROOT.relativize(p.getParent())) {
                            if (part.toString().startsWith("_")) return false;
                        }
                        return true;
                    })
                    .filter(GoldenTest::selected)
                    .sorted()
                    .toList();
        }
    }

    /**
     * {@code -Dgolden=feature1,feature2/case.py} runs only those folders or programs (for a
     * quick check while working on one module); unset, every program runs.
     */
    static boolean selected(Path p) {
        String only = System.getProperty("golden", "");
        if (only.isBlank()) return true;
        String name = name(p);
        for (String s : only.split(",")) {
            String t = s.strip();
            if (!t.isEmpty() && (name.equals(t) || name.startsWith(t.endsWith("/") ? t : t + "/"))) return true;
        }
        return false;
    }

    static Set<String> expectedFailures() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        if (!Files.exists(EXPECTED_FAILURES)) return names;
        for (String line : Files.readAllLines(EXPECTED_FAILURES, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) names.add(t);
        }
        return names;
    }

    static GilpyProcess.Result run(Path c) {
        return GilpyProcess.run(c, TIMEOUT_SECONDS);
    }

    /** Null when the run matches the expected files, else a description of the first difference. */
    static String compare(Path c, GilpyProcess.Result r) throws IOException {
        return GilpyProcess.mismatch(c, name(c), r, TIMEOUT_SECONDS);
    }
}
