package org.gilpy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python program as a real gilpy process (the JDK running the tests, the compiled
 * classes in {@code target/classes}) and compares what it did with the files beside it:
 * {@code <name>.out} (stdout), {@code <name>.err} (stderr), {@code <name>.code} (exit
 * status), each meaning "empty" or "0" when absent; {@code <name>.in} is fed to stdin.
 * Shared by {@link GoldenTest} and {@link ExamplesTest}.
 */
final class GilpyProcess {
    private GilpyProcess() {}

    record Result(String out, String err, int code, boolean timedOut) {}

    private static Path executable;

    /**
     * {@code sys.executable} for the programs: a shell script in target/ that starts gilpy
     * as they are started (so that {@code [sys.executable, "-c", ...]} runs gilpy, without
     * the launcher's rebuild check). Written once per test run, atomically.
     */
    private static synchronized String executable(String javaCommand) {
        if (executable != null) return executable.toString();
        Path exe = Path.of("target/gilpy-test-executable").toAbsolutePath();
        String script = "#!/bin/sh\nexec '" + javaCommand + "' -Xss16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
                + " -cp '" + Path.of("target/classes").toAbsolutePath() + "' -Dgilpy.executable='" + exe
                + "' org.gilpy.cli.Main \"$@\"\n";
        try {
            Path tmp = Files.createTempFile(exe.getParent(), "gilpy-exe", ".tmp");
            Files.writeString(tmp, script);
            tmp.toFile().setExecutable(true);
            Files.move(tmp, exe, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executable = exe;
        return exe.toString();
    }

    /** Runs script with its folder as the working directory, named by its bare file name. */
    static Result run(Path script, long timeoutSeconds) {
        Path folder = script.getParent().toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", Path.of("target/classes").toAbsolutePath().toString(),
                "-Dgilpy.executable=" + executable(java), "org.gilpy.cli.Main", script.getFileName().toString());
        try {
            Path out = Files.createTempFile("gilpy", ".out");
            Path err = Files.createTempFile("gilpy", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                Path in = sibling(script, ".in");
                pb.redirectInput(Files.exists(in) ? ProcessBuilder.Redirect.from(in.toFile())
                        : ProcessBuilder.Redirect.from(new File("/dev/null")));
                // the environment src/test/python/regen.py gives CPython, whatever this machine sets
                pb.environment().keySet().removeAll(List.of("PYTHONPATH", "PYTHONUNBUFFERED", "PYTHONSAFEPATH"));
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
                Process p = pb.start();
                boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!done) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
                // as regen.py does with CPython's: paths in the program's folder show relative to it
                String prefix = folder + File.separator;
                return new Result(read(out).replace(prefix, ""), read(err).replace(prefix, ""),
                        done ? p.exitValue() : -1, !done);
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

    /**
     * Null when r matches the expected files beside script, else a description (headed
     * by name) of the first difference in each stream and of the exit status.
     */
    static String mismatch(Path script, String name, Result r, long timeoutSeconds) throws IOException {
        if (r.timedOut()) return name + " did not finish within " + timeoutSeconds + " s";
        String code = expected(script, ".code").strip();
        int expectedCode = code.isEmpty() ? 0 : Integer.parseInt(code);
        // CPython killed by signal N (-N to its parent) is what a shell reports as 128 + N;
        // a JVM cannot die by a signal it handles, so gilpy exits with 128 + N instead
        if (expectedCode < 0) expectedCode = 128 - expectedCode;
        StringBuilder sb = new StringBuilder();
        diff(sb, "stdout", expected(script, ".out"), r.out());
        diff(sb, "stderr", expected(script, ".err"), r.err());
        if (expectedCode != r.code()) {
            sb.append("exit status: expected ").append(expectedCode).append(", got ").append(r.code()).append('\n');
        }
        return sb.isEmpty() ? null : name + ":\n" + sb;
    }

    static Path sibling(Path script, String ext) {
        return script.resolveSibling(script.getFileName().toString().replaceFirst("\\.py$", ext));
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static String expected(Path script, String ext) throws IOException {
        Path p = sibling(script, ext);
        return Files.exists(p) ? read(p) : "";
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
