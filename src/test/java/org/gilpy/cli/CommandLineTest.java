package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as CPython 3.11's: -m, -c, scripts, stdin, their exit statuses, the
 * options and the PYTHON* variables (expected values printed by CPython 3.11 in the same
 * situation; sys.path is shown without its last entry, gilpy's '<jar>', which stands for
 * CPython's standard library). Runs real processes.
 */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(String out, String err, int code) {}

    /** The variables gilpy reads, cleared for every run: this machine sets some of them. */
    static final List<String> PYTHON_VARIABLES = List.of("PYTHONPATH", "PYTHONUNBUFFERED", "PYTHONSAFEPATH",
            "PYTHONDONTWRITEBYTECODE", "PYTHONNOUSERSITE");

    Run gilpy(String stdin, String... args) throws IOException, InterruptedException {
        return gilpy(Map.of(), stdin, args);
    }

    /** Runs gilpy in dir with the PYTHON* variables cleared and then those of env set. */
    Run gilpy(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xss16m", "-XX:TieredStopAtLevel=1", "-Dgilpy.executable=gilpy",
                "-cp", Path.of("target/classes").toAbsolutePath().toString(), "org.gilpy.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt"), in = dir.resolve("in.txt");
        Files.writeString(in, stdin);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(in.toFile());
        pb.environment().keySet().removeAll(PYTHON_VARIABLES);
        pb.environment().putAll(env);
        Process p = pb.start();
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

    private static final String PATH = "import sys; print(sys.path[:-1])";

    @Test
    void pythonPathEntriesFollowTheFirstEntryMadeAbsolute() throws Exception {
        Path d = dir.toRealPath();
        Files.createDirectories(d.resolve("lib"));
        Files.createDirectories(d.resolve("other"));
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("lib/plib.py"), "NAME = 'plib'\n");
        Files.writeString(d.resolve("sub/show.py"), PATH + "\n");
        Files.writeString(d.resolve("show.py"), PATH + "\n");
        // an empty entry is the working directory; site drops the repeats unless -S
        Map<String, String> env = Map.of("PYTHONPATH", "lib::" + d + "/other/:");
        assertEquals(new Run("['', '" + d + "/lib', '" + d + "', '" + d + "/other'] plib\n", "", 0),
                gilpy(env, "", "-c", "import sys, plib; print(sys.path[:-1], plib.NAME)"));
        assertEquals(new Run("['', '" + d + "/lib', '" + d + "', '" + d + "/other', '" + d + "']\n", "", 0),
                gilpy(env, "", "-S", "-c", PATH));
        assertEquals(new Run("['" + d + "/sub', '" + d + "/lib', '" + d + "', '" + d + "/other']\n", "", 0),
                gilpy(env, "", "sub/show.py"));
        assertEquals(new Run("['" + d + "', '" + d + "/lib', '" + d + "', '" + d + "/other']\n", "", 0),
                gilpy(env, "", "-m", "show"));
        assertEquals(new Run("['']\n", "", 0), gilpy(Map.of("PYTHONPATH", ""), "", "-c", PATH));
        Files.createSymbolicLink(d.resolve("link"), d.resolve("sub"));   // the script's real folder comes first
        assertEquals(new Run("['" + d + "/sub']\n", "", 0), gilpy("", "link/show.py"));
    }

    @Test
    void isolatedAndSafePathLeaveOutTheFirstEntry() throws Exception {
        Path d = dir.toRealPath();
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("sub/show.py"), PATH + "\n");
        Files.writeString(d.resolve("modx.py"), "print('found')\n");
        Map<String, String> lib = Map.of("PYTHONPATH", "lib");
        assertEquals(new Run("[]\n", "", 0), gilpy(lib, "", "-I", "-c", PATH));
        assertEquals(new Run("['" + d + "/lib']\n", "", 0), gilpy(lib, "", "-P", "sub/show.py"));
        assertEquals(new Run("", "gilpy: No module named modx\n", 1), gilpy("", "-I", "-m", "modx"));
        assertEquals(new Run("['" + d + "/lib']\n", "", 0),
                gilpy(Map.of("PYTHONPATH", "lib", "PYTHONSAFEPATH", "1"), "", "-c", PATH));
        assertEquals(new Run("['', '" + d + "/lib']\n", "", 0),
                gilpy(Map.of("PYTHONPATH", "lib", "PYTHONSAFEPATH", ""), "", "-c", PATH));
        assertEquals(new Run("['']\n", "", 0), gilpy(Map.of("PYTHONSAFEPATH", "1"), "", "-E", "-c", PATH));
    }

    @Test
    void ignoreEnvironmentSkipsEveryPythonVariable() throws Exception {
        assertEquals(new Run("[''] BufferedWriter 0 1\n", "", 0),
                gilpy(Map.of("PYTHONPATH", "lib", "PYTHONUNBUFFERED", "1", "PYTHONDONTWRITEBYTECODE", "1"), "",
                        "-E", "-c", "import sys; print(sys.path[:-1], type(sys.stdout.buffer).__name__,"
                                + " sys.flags.dont_write_bytecode, sys.flags.ignore_environment)"));
    }

    @Test
    void unbufferedStdoutAndStderrAreRawAndWrittenThrough() throws Exception {
        Files.writeString(dir.resolve("ub.py"), """
                import os, sys
                for s in (sys.stdin, sys.stdout, sys.stderr):
                    print(repr(s.buffer), s.line_buffering, s.write_through)
                print("a")
                os.write(1, b"b\\n")
                print("c")
                """);
        String unbuffered = """
                <_io.BufferedReader name='<stdin>'> False True
                <_io.FileIO name='<stdout>' mode='wb' closefd=False> False True
                <_io.FileIO name='<stderr>' mode='wb' closefd=False> False True
                a
                b
                c
                """;
        assertEquals(new Run(unbuffered, "", 0), gilpy("", "-u", "ub.py"));
        assertEquals(new Run(unbuffered, "", 0), gilpy(Map.of("PYTHONUNBUFFERED", "1"), "", "ub.py"));
        // "0" is a decimal zero: buffered, so the os.write comes out first
        assertEquals(new Run("""
                b
                <_io.BufferedReader name='<stdin>'> False False
                <_io.BufferedWriter name='<stdout>'> False False
                <_io.BufferedWriter name='<stderr>'> True False
                a
                c
                """, "", 0), gilpy(Map.of("PYTHONUNBUFFERED", "0"), "", "ub.py"));
    }

    @Test
    void singleLetterOptionsCombine() throws Exception {
        Files.writeString(dir.resolve("modx.py"), "import sys\nprint(__name__, sys.argv[1:])\n");
        assertEquals(new Run("1 FileIO ['-c', 'a', 'b']\n", "", 0), gilpy("", "-uE", "-c",
                "import sys; print(sys.flags.ignore_environment, type(sys.stdout.buffer).__name__, sys.argv)",
                "a", "b"));
        assertEquals(new Run("1\n", "", 0), gilpy("", "-cprint(1)"));
        assertEquals(new Run("['-c', 'y'] 1\n", "", 0),
                gilpy("", "-Ic", "import sys; print(sys.argv, sys.flags.isolated)", "y"));
        assertEquals(new Run("__main__ ['a']\n", "", 0), gilpy("", "-mmodx", "a"));
        assertEquals(new Run("1\n", "", 0), gilpy("", "-SXfoo", "-c", "import sys; print(sys.flags.no_site)"));
        assertEquals(new Run("", "gilpy: can't open file '" + dir.toRealPath().resolve("-c")
                + "': [Errno 2] No such file or directory\n", 2), gilpy("", "--", "-c"));
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String usage = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `gilpy -h' for more information.\n";
        assertEquals(new Run("", "Unknown option: -z\n" + usage, 2), gilpy("", "-z"));
        assertEquals(new Run("", "Unknown option: -z\n" + usage, 2), gilpy("", "-uz"));
        assertEquals(new Run("", "Unknown option: -z\n" + usage, 2), gilpy("", "-V", "-z"));
        assertEquals(new Run("", "unknown option --foo\n" + usage, 2), gilpy("", "--foo"));
        assertEquals(new Run("", "Argument expected for the -c option\n" + usage, 2), gilpy("", "-uc"));
        assertEquals(new Run("", "Argument expected for the -X option\n" + usage, 2), gilpy("", "-X"));
        assertEquals(new Run("", "-J is reserved for Jython\n" + usage, 2), gilpy("", "-J"));
    }

    @Test
    void helpAndVersion() throws Exception {
        assertEquals(new Run("Python 3.11.7\n", "", 0), gilpy("", "-V"));
        assertEquals(new Run("Python 3.11.7\n", "", 0), gilpy("", "--version", "-c", "print(1)"));
        Run help = gilpy("", "-h", "-z");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("usage: gilpy [option] ..."), help.out());
    }

    @Test
    void sysFlagsReportTheOptionsAndVariables() throws Exception {
        String code = "import sys; f = sys.flags; print(f.dont_write_bytecode, f.no_user_site, f.no_site,"
                + " f.ignore_environment, f.isolated, f.safe_path)";
        assertEquals("0 0 0 0 0 False\n", gilpy("", "-c", code).out());
        assertEquals("1 0 0 0 0 False\n", gilpy("", "-B", "-c", code).out());
        assertEquals("0 1 0 0 0 False\n", gilpy("", "-s", "-c", code).out());
        assertEquals("0 0 1 0 0 False\n", gilpy("", "-S", "-c", code).out());
        assertEquals("0 0 0 1 0 False\n", gilpy("", "-E", "-c", code).out());
        assertEquals("0 1 0 1 1 True\n", gilpy("", "-I", "-c", code).out());
        assertEquals("0 0 0 0 0 True\n", gilpy("", "-P", "-c", code).out());
        assertEquals("1 1 1 0 0 False\n", gilpy("", "-BsS", "-c", code).out());
        assertEquals("1 0 0 0 0 False\n", gilpy(Map.of("PYTHONDONTWRITEBYTECODE", "1"), "", "-c", code).out());
        assertEquals("0 0 0 1 0 False\n",
                gilpy(Map.of("PYTHONDONTWRITEBYTECODE", "1"), "", "-E", "-c", code).out());
        assertEquals("0 0 0 0 0 False\n", gilpy(Map.of("PYTHONDONTWRITEBYTECODE", "0"), "", "-c", code).out());
        assertEquals("0 1 0 0 0 False\n", gilpy(Map.of("PYTHONNOUSERSITE", "x"), "", "-c", code).out());
        assertEquals("0 0 0 0 0 True\n", gilpy(Map.of("PYTHONSAFEPATH", "1"), "", "-c", code).out());
        assertEquals("0 0 0 1 0 False\n", gilpy(Map.of("PYTHONSAFEPATH", "1"), "", "-E", "-c", code).out());
    }
}
