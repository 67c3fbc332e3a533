package org.gilpy.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.gilpy.modules.AtexitModule;
import org.gilpy.modules.BuiltinsModule;
import org.gilpy.modules.ModuleRegistry;
import org.gilpy.modules.SignalModule;
import org.gilpy.modules.SysModule;
import org.gilpy.modules.io.IoModule;
import org.gilpy.modules.io.StdStreams;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.parse.SourceDecoder;
import org.gilpy.vm.Importer;
import org.gilpy.vm.Gil;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;
import org.gilpy.vm.TracebackPrinter;

/**
 * {@code gilpy [options] [-c cmd | -m mod | file | -] [args]}: CPython's command line,
 * read by {@link Options}. Builds sys.path and the standard streams from what it asks
 * for, runs the program on a thread with a large stack, prints an uncaught
 * exception as CPython does, and exits with CPython's status (1 for an exception, 2 for
 * a usage error or an unopenable script, 130 for KeyboardInterrupt).
 */
public final class Main {
    private Main() {}

    private static final String USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `gilpy -h' for more information.\n";

    private static final String HELP = """
            usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
            Options (the environment variable doing the same in brackets):
            -B     : sets sys.flags.dont_write_bytecode (gilpy never writes .pyc
                     files) [PYTHONDONTWRITEBYTECODE]
            -c cmd : run the program in cmd (ends the options)
            -E     : ignore the PYTHON* environment variables
            -h     : print this help and exit (also -? and --help)
            -I     : isolated: -E, -P and -s
            -m mod : run module mod as a script (ends the options)
            -P     : put neither the script's folder nor the working directory
                     first in sys.path [PYTHONSAFEPATH]
            -s     : sets sys.flags.no_user_site (gilpy has no user site
                     directory) [PYTHONNOUSERSITE]
            -S     : sets sys.flags.no_site (gilpy has no site module); repeated
                     PYTHONPATH entries stay in sys.path
            -u     : unbuffered binary stdout and stderr, text written through
                     [PYTHONUNBUFFERED]
            -V     : print the Python version and exit (also --version); -VV
                     names gilpy and its JDK too
            -X opt : checkinterval=N (instructions between check points),
                     switchinterval=S, minslice=S (seconds; see docs/threads.md),
                     debug (Java traces of internal errors) [GILPY_DEBUG];
                     other -X options are ignored
            file   : run the program in file
            -      : run the program read from stdin (the default)
            arg ...: arguments for the program, in sys.argv[1:]

            PYTHONPATH: directories, separated by ':', searched for modules after
                        the first entry of sys.path
            """;

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "MainThread", 1L << 30);
        t.start();
        t.join();
        System.exit(status[0]);
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args) {
        Options o;
        try {
            o = Options.parse(args, System.getenv());
        } catch (Options.UsageError e) {
            System.err.print(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        switch (o.kind()) {
            case HELP -> {
                System.out.print(HELP);
                return 0;
            }
            case VERSION -> {
                System.out.println("Python " + (o.target().equals("-V") ? "3.11.7" : SysModule.VERSION));
                return 0;
            }
            default -> { }
        }
        for (String x : o.xOptions()) {
            if (!xOption(x)) return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(o.kind() == Options.Kind.COMMAND ? "-c" : o.target());
        argv.addAll(o.args());
        List<String> path = sysPath(o, switch (o.kind()) {
            case MODULE -> Path.of("").toAbsolutePath().toString();
            case SCRIPT -> folderOf(Path.of(o.target()));
            default -> "";   // -c and stdin
        });
        String source = null, filename = null;
        if (o.kind() == Options.Kind.COMMAND) {
            source = o.target();
            filename = "<string>";
        } else if (o.kind() == Options.Kind.STDIN) {
            filename = "<stdin>";
            try {
                source = SourceDecoder.decode(System.in.readAllBytes(), filename);
            } catch (IOException e) {
                source = "";
            }
        } else if (o.kind() == Options.Kind.SCRIPT) {
            Path p = Path.of(o.target());
            // the main script's __file__ and code file name are absolute, as in CPython 3.9+
            filename = p.toAbsolutePath().normalize().toString();
            try {
                source = SourceDecoder.decode(Files.readAllBytes(p), filename);
            } catch (org.gilpy.parse.PySyntaxError se) {
                setup(argv, path, o);
                return report(Interpreter.syntaxError(se).value, o.debug());
            } catch (IOException | RuntimeException e) {
                String abs = p.toAbsolutePath().normalize().toString();
                String why = Files.isDirectory(p) ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
                System.err.print("gilpy: can't open file '" + abs + "': " + why + "\n");
                return 2;
            }
        }
        setup(argv, path, o);
        ThreadState main = ThreadState.current();
        Interpreter.GIL.acquire(main, Gil.Reason.START);
        int status;
        try {
            if (o.kind() == Options.Kind.MODULE) {
                if (!Importer.runModuleAsMain(o.target())) {
                    flush();
                    System.err.print(System.getProperty("gilpy.executable", "gilpy") + ": No module named "
                            + o.target() + "\n");
                    return 1;
                }
            } else {
                PyCode code = Interpreter.compile(source, filename, "exec");
                Interpreter.runMain(code, o.kind() == Options.Kind.SCRIPT ? filename : null);
            }
            status = 0;
        } catch (PyException e) {
            status = report(e.value, o.debug());
        }
        try {
            Interpreter.waitForThreads();
        } catch (PyException e) {
            int s = report(e.value, o.debug());   // e.g. Ctrl-C while waiting: CPython reports it too
            if (status == 0) status = s;
        }
        AtexitModule.runExitFunctions();   // after the threads, as CPython's finalization does
        flush();
        return status;
    }

    /**
     * gilpy's -X options: {@code checkinterval=N} (instructions between check points),
     * {@code switchinterval=S} (seconds a thread waits before a check point hands it the
     * GIL) and {@code minslice=S} (seconds a thread keeps the GIL before a check point hands
     * it to a CPU-bound waiter; 0 hands over at every check point). Other -X options are
     * accepted and ignored, as CPython ignores unknown ones.
     * False (after a message) when a value is malformed.
     */
    private static boolean xOption(String opt) {
        int eq = opt.indexOf('=');
        String name = eq < 0 ? opt : opt.substring(0, eq), value = eq < 0 ? "" : opt.substring(eq + 1);
        try {
            switch (name) {
                case "checkinterval" -> Interpreter.checkInterval = Math.max(1, Integer.parseInt(value));
                case "minslice" -> Interpreter.GIL.setMinSlice(seconds(value));
                case "switchinterval" -> Interpreter.GIL.setSwitchInterval(seconds(value));
                default -> { }
            }
            return true;
        } catch (NumberFormatException e) {
            System.err.print("gilpy: -X " + name + " needs a " + (name.equals("checkinterval")
                    ? "positive integer" : "non-negative number of seconds") + ", not '" + value + "'\n" + USAGE);
            return false;
        }
    }

    private static double seconds(String value) {
        double s = Double.parseDouble(value);
        if (!(s >= 0)) throw new NumberFormatException();
        return s;
    }

    /**
     * sys.path: first (the script's folder, '' for -c and stdin, the working directory for
     * -m) unless -P, -I or PYTHONSAFEPATH ask for a safe path; then PYTHONPATH's entries,
     * each made absolute against the working directory and normalized (an empty one is the
     * working directory), repeats dropped as CPython's site module does unless -S; then the
     * modules inside gilpy's jar.
     */
    static List<String> sysPath(Options o, String first) {
        List<String> path = new ArrayList<>();
        if (!o.flags().safePath()) path.add(first);
        if (o.pythonPath() != null && !o.pythonPath().isEmpty()) {
            Path cwd = Path.of("").toAbsolutePath();
            Collection<String> entries = o.flags().noSite() ? new ArrayList<>() : new LinkedHashSet<>();
            for (String e : o.pythonPath().split(Pattern.quote(File.pathSeparator), -1)) {
                entries.add(cwd.resolve(e).normalize().toString());
            }
            path.addAll(entries);
        }
        path.add("<jar>");
        return path;
    }

    /** The folder of the script with symbolic links resolved, as CPython 3.11 puts it first in sys.path. */
    private static String folderOf(Path script) {
        Path p;
        try {
            p = script.toRealPath();
        } catch (IOException e) {
            p = script.toAbsolutePath().normalize();
        }
        return p.getParent() == null ? "" : p.getParent().toString();
    }

    private static void setup(List<String> argv, List<String> path, Options o) {
        StdStreams.Streams std = StdStreams.ofProcess(o.unbuffered());
        ModuleRegistry.registerAll();
        Interpreter.init(SysModule.create(argv, path, o.flags(), std.stdin(), std.stdout(), std.stderr()),
                BuiltinsModule.create());
        SignalModule.installDefaults(true);
    }

    private static void flush() {
        try {
            Interpreter.finishPrintStatement();
        } catch (RuntimeException e) {
            // stdout is gone: nothing to end
        }
        for (String s : new String[] {"stdout", "stderr"}) {
            PyObject f = Interpreter.sysAttr(s);
            try {
                if (f != null && f != PyNone.NONE) Abstract.callMethod(f, "flush");
            } catch (RuntimeException e) {
                // nothing more can be reported
            }
        }
        IoModule.flushAll();
    }

    /** Prints an uncaught exception (or handles SystemExit); returns the exit status. */
    static int report(PyBaseException e, boolean debug) {
        flushStdout();
        if (e.type.isSubtypeOf(PyExc.SystemExit)) {
            PyObject code = e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            PyObject c = Abstract.lookupAttr(e, "code");
            if (c != null) code = c;
            if (code == PyNone.NONE) return 0;
            if (code instanceof PyInt n) return (int) n.value;
            writeErr(Abstract.str(code).value + "\n");
            return 1;
        }
        printUncaught(e);
        if (debug && Interpreter.lastInternalError != null) {
            Interpreter.lastInternalError.printStackTrace();
        }
        return e.type.isSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** Hands an uncaught exception to sys.excepthook; the built-in hook prints it directly. */
    private static void printUncaught(PyBaseException e) {
        PyObject hook = Interpreter.sysAttr("excepthook");
        if (hook == null || hook == Interpreter.sysAttr("__excepthook__")) {
            writeErr(TracebackPrinter.format(e));
            return;
        }
        try {
            Abstract.call(hook, e.type, e, e.traceback == null ? PyNone.NONE : e.traceback);
            flushStdout();
        } catch (PyException hookError) {
            writeErr("Error in sys.excepthook:\n" + TracebackPrinter.format(hookError.value)
                    + "\nOriginal exception was:\n" + TracebackPrinter.format(e));
        }
    }

    private static void flushStdout() {
        PyObject f = Interpreter.sysAttr("stdout");
        try {
            if (f != null && f != PyNone.NONE) Abstract.callMethod(f, "flush");
        } catch (RuntimeException x) {
            // ignore
        }
    }

    private static void writeErr(String s) {
        PyObject f = Interpreter.sysAttr("stderr");
        try {
            Abstract.callMethod(f, "write", PyStr.of(s));
            Abstract.callMethod(f, "flush");
        } catch (RuntimeException x) {
            System.err.print(s);
        }
    }
}
