package org.gilpy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden suite: every {@code src/test/python/<feature>/<case>.py} runs as a real
 * gilpy process (its folder the working directory, the script named by its bare file
 * name, {@code <case>.in} on stdin) and must print exactly the {@code .out}/{@code .err}
 * CPython printed and exit with the {@code .code} status (see src/test/python/README.md).
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

    record Result(String out, String err, int code, boolean timedOut) {}

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> cases = cases();
        Set<String> expectedFailures = expectedFailures();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        List<CompletableFuture<Result>> results = new ArrayList<>();
        for (Path c : cases) results.add(CompletableFuture.supplyAsync(() -> run(c), pool));
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path c = cases.get(i);
            CompletableFuture<Result> r = results.get(i);
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
                    .sorted()
                    .toList();
        }
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

    /** Runs one program under gilpy: the JDK running this test, the compiled classes. */
    static Result run(Path c) {
        Path folder = c.getParent().toAbsolutePath();
        String stem = c.getFileName().toString().replaceFirst("\\.py$", "");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", Path.of("target/classes").toAbsolutePath().toString(),
                "org.gilpy.cli.Main", c.getFileName().toString());
        try {
            Path out = Files.createTempFile("golden", ".out");
            Path err = Files.createTempFile("golden", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                Path in = folder.resolve(stem + ".in");
                pb.redirectInput(Files.exists(in) ? ProcessBuilder.Redirect.from(in.toFile())
                        : ProcessBuilder.Redirect.from(new File("/dev/null")));
                pb.environment().remove("PYTHONPATH");
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!done) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
                return new Result(read(out), read(err), done ? p.exitValue() : -1, !done);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static String expected(Path c, String ext) throws IOException {
        Path p = c.resolveSibling(c.getFileName().toString().replaceFirst("\\.py$", ext));
        return Files.exists(p) ? read(p) : "";
    }

    /** Null when the run matches the expected files, else a description of the first difference. */
    static String compare(Path c, Result r) throws IOException {
        if (r.timedOut()) return name(c) + " did not finish within " + TIMEOUT_SECONDS + " s";
        String code = expected(c, ".code").strip();
        int expectedCode = code.isEmpty() ? 0 : Integer.parseInt(code);
        // CPython killed by signal N (-N to its parent) is what a shell reports as 128 + N;
        // a JVM cannot die by a signal it handles, so gilpy exits with 128 + N instead
        if (expectedCode < 0) expectedCode = 128 - expectedCode;
        StringBuilder sb = new StringBuilder();
        diff(sb, "stdout", expected(c, ".out"), r.out());
        diff(sb, "stderr", expected(c, ".err"), r.err());
        if (expectedCode != r.code()) {
            sb.append("exit status: expected ").append(expectedCode).append(", got ").append(r.code()).append('\n');
        }
        return sb.isEmpty() ? null : name(c) + ":\n" + sb;
    }

    /** Appends the first differing line with a little context. */
    static void diff(StringBuilder sb, String what, String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        sb.append(what).append(" differs at line ").append(i + 1).append(":\n");
        sb.append("  expected: ").append(i < e.length ? e[i] : "<end>").append('\n');
        sb.append("  actual:   ").append(i < a.length ? a[i] : "<end>").append('\n');
        if (what.equals("stderr") || i + 1 < a.length) {
            int from = Math.max(0, i - 2), to = Math.min(a.length, i + 6);
            sb.append("  actual ").append(what).append(" lines ").append(from + 1).append('-').append(to).append(":\n");
            for (int k = from; k < to; k++) sb.append("    | ").append(a[k]).append('\n');
        }
    }
}
