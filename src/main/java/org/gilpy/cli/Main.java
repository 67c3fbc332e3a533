package org.gilpy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * parsed by hand. Runs the program on a thread with a large stack, prints an uncaught
 * exception as CPython does, and exits with CPython's status (1 for an exception, 2 for
 * a usage error or an unopenable script, 130 for KeyboardInterrupt).
 */
public final class Main {
    private Main() {}

    private static final String USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `gilpy -h' for more information.\n";

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "MainThread", 1L << 30);
        t.start();
        t.join();
        System.exit(status[0]);
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args) {
        String command = null, module = null, script = null;
        boolean debug = System.getenv("GILPY_DEBUG") != null;
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-c") || a.equals("-m")) {
                if (i + 1 >= args.length) {
                    System.err.print("Argument expected for the " + a + " option\n" + USAGE);
                    return 2;
                }
                if (a.equals("-c")) command = args[i + 1]; else module = args[i + 1];
                i += 2;
                break;
            } else if (a.equals("-X") || a.startsWith("-X")) {
                String opt = a.equals("-X") ? (i + 1 < args.length ? args[i + 1] : "") : a.substring(2);
                i += a.equals("-X") ? 2 : 1;
                if (opt.equals("debug")) {
                    debug = true;
                } else if (!xOption(opt)) {
                    return 2;
                }
            } else if (a.equals("-u") || a.equals("-B") || a.equals("-E") || a.equals("-s") || a.equals("-S")) {
                i++;
            } else if (a.equals("-")) {
                script = "-";
                i++;
                break;
            } else if (a.startsWith("-") && a.length() > 1) {
                System.err.print("Unknown option: " + a + "\n" + USAGE);
                return 2;
            } else {
                script = a;
                i++;
                break;
            }
        }
        List<String> rest = new ArrayList<>();
        for (int k = i; k < args.length; k++) rest.add(args[k]);
        List<String> argv = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String source = null, filename;
        if (command != null) {
            argv.add("-c");
            path.add("");
            source = command;
            filename = "<string>";
        } else if (module != null) {
            argv.add(module);
            path.add(Path.of("").toAbsolutePath().toString());
            filename = null;
        } else if (script != null && !script.equals("-")) {
            argv.add(script);
            Path p = Path.of(script);
            filename = script;
            try {
                source = SourceDecoder.decode(Files.readAllBytes(p), script);
            } catch (IOException | RuntimeException e) {
                String abs = p.toAbsolutePath().normalize().toString();
                String why = Files.isDirectory(p) ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
                if (e instanceof org.gilpy.parse.PySyntaxError se) {
                    setup(argv, path);
                    return report(Interpreter.syntaxError(se).value, debug);
                }
                System.err.print("gilpy: can't open file '" + abs + "': " + why + "\n");
                return 2;
            }
            Path parent = p.toAbsolutePath().getParent();
            path.add(parent == null ? "" : parent.toString());
        } else {
            argv.add(script == null ? "" : "-");
            path.add("");
            filename = "<stdin>";
            try {
                source = SourceDecoder.decode(System.in.readAllBytes(), "<stdin>");
            } catch (IOException e) {
                source = "";
            }
        }
        argv.addAll(rest);
        path.add("<jar>");
        setup(argv, path);
        ThreadState main = ThreadState.current();
        Interpreter.GIL.acquire(main, Gil.Reason.START);
        int status;
        try {
            if (module != null) {
                if (!Importer.runModuleAsMain(module)) {
                    flush();
                    System.err.print(System.getProperty("gilpy.executable", "gilpy") + ": No module named " + module + "\n");
                    return 1;
                }
            } else {
                PyCode code = Interpreter.compile(source, filename, "exec");
                Interpreter.runMain(code, script != null && !script.equals("-") ? script : null);
            }
            status = 0;
        } catch (PyException e) {
            status = report(e.value, debug);
        }
        try {
            Interpreter.waitForThreads();
        } catch (PyException e) {
            int s = report(e.value, debug);   // e.g. Ctrl-C while waiting: CPython reports it too
            if (status == 0) status = s;
        }
        flush();
        return status;
    }

    /**
     * gilpy's -X options: {@code checkinterval=N} (instructions between check points),
     * {@code switchinterval=S} (seconds a thread waits before a check point hands it the
     * GIL) and {@code minslice=S} (seconds a thread keeps the GIL before a check point hands
     * it to a CPU-bound waiter; 0 hands over at every check point). Other -X options are accepted and ignored, as CPython ignores unknown ones.
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

    private static void setup(List<String> argv, List<String> path) {
        StdStreams.Streams std = StdStreams.ofProcess(false);
        ModuleRegistry.registerAll();
        Interpreter.init(SysModule.create(argv, path, SysModule.Flags.DEFAULT, std.stdin(), std.stdout(), std.stderr()), BuiltinsModule.create());
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
