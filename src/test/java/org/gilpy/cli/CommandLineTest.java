package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as CPython's: -m, -c, scripts, stdin, and their exit statuses. Runs real processes. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(String out, String err, int code) {}

    Run gilpy(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xss16m", "-XX:TieredStopAtLevel=1", "-Dgilpy.executable=gilpy",
                "-cp", Path.of("target/classes").toAbsolutePath().toString(), "org.gilpy.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt"), in = dir.resolve("in.txt");
        Files.writeString(in, stdin);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(in.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gilpy did not finish");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
    }

    @Test
    void moduleRunsAsMainWithItsPathInArgv() throws Exception {
        Files.writeString(dir.resolve("modx.py"), "import sys\nprint(__name__, sys.argv[0].endswith('modx.py'), sys.argv[1:])\n");
        assertEquals(new Run("__main__ True ['a', 'b']\n", "", 0), gilpy("", "-m", "modx", "a", "b"));
    }

    @Test
    void packageRunsItsMainSubmodule() throws Exception {
        Files.createDirectory(dir.resolve("pk"));
        Files.writeString(dir.resolve("pk/__init__.py"), "print('init', __name__)\n");
        Files.writeString(dir.resolve("pk/__main__.py"), "print('main', __name__, __package__)\n");
        assertEquals(new Run("init pk\nmain __main__ pk\n", "", 0), gilpy("", "-m", "pk"));
    }

    @Test
    void missingModuleSaysSoAndExitsOne() throws Exception {
        assertEquals(new Run("", "gilpy: No module named nosuch\n", 1), gilpy("", "-m", "nosuch"));
    }

    @Test
    void commandAndStdinPrograms() throws Exception {
        assertEquals(new Run("['-c', 'x'] 3\n", "", 0), gilpy("", "-c", "import sys; print(sys.argv, 1 + 2)", "x"));
        assertEquals(new Run("[''] 6\n", "", 0), gilpy("import sys\nprint(sys.argv, 2 * 3)\n"));
    }

    @Test
    void unopenableScriptExitsTwo() throws Exception {
        Run r = gilpy("", "missing.py");
        assertEquals(2, r.code());
        assertEquals("gilpy: can't open file '" + dir.toRealPath().resolve("missing.py")
                + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void systemExitStatuses() throws Exception {
        assertEquals(3, gilpy("", "-c", "import sys; sys.exit(3)").code());
        assertEquals(new Run("", "bye\n", 1), gilpy("", "-c", "raise SystemExit('bye')"));
        assertEquals(1, gilpy("", "-c", "1/0").code());
    }
}
