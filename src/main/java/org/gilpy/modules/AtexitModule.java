package org.gilpy.modules;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.TracebackPrinter;

/**
 * The {@code atexit} module: functions registered to run when the interpreter exits
 * normally (the program ended, {@code sys.exit}, an uncaught exception), last registered
 * first, after the non-daemon threads are joined, as in CPython. {@code cli/Main} calls
 * {@link #runExitFunctions} at exit; {@code os._exit} and a fatal signal skip them. An
 * exception in a callback is printed as "Exception ignored in atexit callback: ..." with
 * its traceback, and the remaining callbacks still run.
 *
 * <p>{@code unregister} blanks the entries it removes, so {@code _ncallbacks} counts
 * them until {@code _clear} or the next run, as CPython 3.11's does.
 */
public final class AtexitModule {
    private AtexitModule() {}

    /** A registered call: func(*args, **kwargs); null once unregistered. */
    private record Callback(PyObject func, PyObject[] args, String[] kwnames) {}

    private static final List<Callback> CALLBACKS = new ArrayList<>();

    public static PyModule create() {
        PyModule m = new PyModule("atexit");
        m.put("__doc__", PyStr.of("allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        TypeBuilder.moduleFunctions(AtexitModule.class, m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = """
            register(func, *args, **kwargs) -> func

            Register a function to be executed upon normal program termination

                func - function to be called at exit
                args - optional arguments to pass to func
                kwargs - optional keyword arguments to pass to func

                func is returned to facilitate usage as a decorator.""")
    public static PyObject register(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos == 0) throw PyErr.typeError("register() takes at least 1 argument (0 given)");
        PyObject func = args[0];
        if (!Abstract.isCallable(func)) throw PyErr.typeError("the first argument must be callable");
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        synchronized (CALLBACKS) {
            CALLBACKS.add(new Callback(func, rest, kwnames));
        }
        return func;
    }

    @PyMethod(doc = """
            unregister(func) -> None

            Unregister an exit function which was previously registered using
            atexit.register

                func - function to be unregistered""")
    public static void unregister(PyObject func) {
        List<Callback> all;
        synchronized (CALLBACKS) {
            all = new ArrayList<>(CALLBACKS);
        }
        for (int i = 0; i < all.size(); i++) {
            Callback c = all.get(i);
            // == is compared with the GIL held and may run Python code: no lock held around it
            if (c != null && Abstract.isTrue(Abstract.compare(c.func, func, CompareOp.EQ))) {
                synchronized (CALLBACKS) {
                    int at = CALLBACKS.indexOf(c);
                    if (at >= 0) CALLBACKS.set(at, null);
                }
            }
        }
    }

    @PyMethod(doc = "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
            + "If a callback raises an exception, it is logged with sys.unraisablehook.")
    public static void _run_exitfuncs() { runExitFunctions(); }

    @PyMethod(doc = "_clear() -> None\n\nClear the list of previously registered exit functions.")
    public static void _clear() {
        synchronized (CALLBACKS) {
            CALLBACKS.clear();
        }
    }

    @PyMethod(doc = "_ncallbacks() -> int\n\nReturn the number of registered exit functions.")
    public static long _ncallbacks() {
        synchronized (CALLBACKS) {
            return CALLBACKS.size();
        }
    }

    /** Runs and forgets the callbacks, last registered first; called by the interpreter at exit. */
    public static void runExitFunctions() {
        while (true) {
            Callback c;
            synchronized (CALLBACKS) {
                if (CALLBACKS.isEmpty()) return;
                c = CALLBACKS.remove(CALLBACKS.size() - 1);
            }
            if (c == null) continue;
            try {
                Abstract.call(c.func, c.args, c.kwnames);
            } catch (PyException e) {
                report(c.func, e.value);
            }
        }
    }

    /** CPython 3.11 reports through sys.unraisablehook: "Exception ignored in atexit callback: ...". */
    private static void report(PyObject func, PyBaseException e) {
        try {
            PyObject err = Interpreter.sysAttr("stderr");
            if (err == null || err == PyNone.NONE) return;
            Abstract.callMethod(err, "write", PyStr.of("Exception ignored in atexit callback: "
                    + Abstract.repr(func).value + "\n" + TracebackPrinter.format(e)));
            Abstract.callMethod(err, "flush");
        } catch (PyException ignored) {
            // nowhere left to report it
        }
    }

}
