package org.gilpy.modules;

import java.util.concurrent.atomic.AtomicInteger;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Gil;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;
import org.gilpy.vm.TracebackPrinter;

/**
 * The {@code _thread} module (and {@code thread}, its Python 2 name): threads as Java
 * platform threads that run Python code under the GIL. Threads are Java daemon threads;
 * {@code threading} decides which ones the process waits for.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Threads started by start_new_thread that are still running. */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** Java stack size for new threads, in bytes (0: gilpy's default). */
    private static volatile long stackSize;
    private static final long DEFAULT_STACK = 256L << 20;

    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        TypeBuilder.moduleFunctions(ThreadModule.class, m).forEach(m::put);
        m.put("LockType", PyLock.TYPE);
        m.put("lock", PyLock.TYPE);
        m.put("RLock", PyRLock.TYPE);
        m.put("error", PyExc.RuntimeError);
        m.put("TIMEOUT_MAX", PyFloat.of(PyLock.TIMEOUT_MAX));
        m.put("_ExceptHookArgs", EXCEPT_HOOK_ARGS);
        return m;
    }

    /** What threading.excepthook receives: a struct sequence, threading.ExceptHookArgs. */
    static final PyType EXCEPT_HOOK_ARGS = PyStructSeq.newType("_thread", "_ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4);

    /**
     * interrupt_main(signum=SIGINT, /): acts as if the signal had arrived, so the main
     * thread runs its handler at its next check point (a blocking wait is not cut short,
     * as in CPython). Does nothing when Python does not handle the signal.
     */
    @PyMethod(optional = 1)
    public static void interrupt_main(PyObject signum) {
        int s = signum == null ? 2 : PyInt.asInt(signum);
        if (s < 1 || s >= org.gilpy.vm.Signals.NSIG) throw PyErr.valueError("signal number out of range");
        if (org.gilpy.vm.Signals.handledByPython(s)) org.gilpy.vm.Signals.trip(s, false);
    }

    /** The calling thread's identifier, as get_ident() returns it. */
    static long ident() {
        return Thread.currentThread().threadId();
    }

    @PyMethod
    public static PyObject start_new_thread(PyObject[] args, String[] kwnames) {
        return startNew("start_new_thread", args, kwnames);
    }

    /** The old name of start_new_thread, still in CPython 3.11's {@code _thread}. */
    @PyMethod
    public static PyObject start_new(PyObject[] args, String[] kwnames) {
        return startNew("start_new", args, kwnames);
    }

    /** CPython names the function in the keyword message only; the count message always says start_new_thread. */
    private static PyObject startNew(String name, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("%s() takes no keyword arguments", name);
        if (args.length < 2 || args.length > 3) {
            throw PyErr.typeError("start_new_thread expected at %s 2 arguments, got %d", args.length < 2 ? "least" : "most",
                    args.length);
        }
        PyObject fn = args[0];
        if (!Abstract.isCallable(fn)) throw PyErr.typeError("first arg must be callable");
        if (!(args[1] instanceof PyTuple fargs)) throw PyErr.typeError("2nd arg must be a tuple");
        PyObject kw = args.length > 2 ? args[2] : null;
        if (kw != null && !(kw instanceof PyDict)) throw PyErr.typeError("optional 3rd arg must be a dictionary");
        long size = stackSize;
        long sigmask = ThreadState.current().sigmask;   // a new thread inherits the signal mask
        RUNNING.incrementAndGet();
        // threads of the default stack size are reused (Workers); others are made to measure
        Thread t = Workers.start(() -> runThread(fn, fargs, (PyDict) kw, sigmask), size == 0 ? DEFAULT_STACK : size,
                size == 0);
        return PyInt.of(t.threadId());
    }

    /** The body of a new thread: takes the GIL, calls fn, reports an exception other than SystemExit. */
    private static void runThread(PyObject fn, PyTuple args, PyDict kwargs, long sigmask) {
        ThreadState ts = ThreadState.current();
        ts.sigmask = sigmask;
        Interpreter.GIL.acquire(ts, Gil.Reason.START);
        try {
            callWith(fn, args, kwargs);
        } catch (PyException e) {
            if (!e.matches(PyExc.SystemExit)) reportUnhandled(fn, e);
        } finally {
            RUNNING.decrementAndGet();
            LOCAL_KEY.remove();
            ThreadState.exitThread();
            Interpreter.GIL.release(ts, Gil.Reason.EXIT);
        }
    }

    private static void callWith(PyObject fn, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            Abstract.call(fn, args.toArray(), null);
            return;
        }
        PyObject[] all = new PyObject[args.size() + kwargs.size()];
        String[] names = new String[kwargs.size()];
        System.arraycopy(args.array(), 0, all, 0, args.size());
        int i = 0;
        for (var e : kwargs.entries()) {
            names[i] = Abstract.str(e.getKey()).value;
            all[args.size() + i++] = e.getValue();
        }
        Abstract.call(fn, all, names);
    }

    /** CPython 3.11 reports through sys.unraisablehook: "Exception ignored in thread started by: ...". */
    private static void reportUnhandled(PyObject fn, PyException e) {
        try {
            PyObject err = Interpreter.sysAttr("stderr");
            if (err == null || err == PyNone.NONE) return;
            Abstract.callMethod(err, "write", PyStr.of("Exception ignored in thread started by: "
                    + Abstract.repr(fn).value + "\n" + TracebackPrinter.format(e.value)));
            Abstract.callMethod(err, "flush");
        } catch (PyException ignored) {
            // nowhere left to report it
        }
    }

    /** For threading.excepthook: writes header and the exception's traceback to sys.stderr. */
    @PyMethod
    public static void _print_exception(PyObject header, PyObject exc) {
        if (!(exc instanceof org.gilpy.objects.PyBaseException e)) {
            throw PyErr.typeError("_print_exception() argument 2 must be an exception, not %s", exc.type.tpName());
        }
        PyObject err = Interpreter.sysAttr("stderr");
        if (err == null || err == PyNone.NONE) return;
        Abstract.callMethod(err, "write", PyStr.of(Abstract.str(header).value + TracebackPrinter.format(e)));
        Abstract.callMethod(err, "flush");
    }

    @PyMethod
    public static long get_ident() { return ident(); }

    /** One object per Python thread (see {@link #_local_key}); dropped when the thread ends. */
    private static final ThreadLocal<PyObject> LOCAL_KEY = ThreadLocal.withInitial(() -> new PyObject(PyType.OBJECT));

    /**
     * gilpy's own: an object that stands for the calling Python thread, for
     * {@code threading.local}. Unlike the ident, it is never the same for two threads,
     * even when a Java thread runs one Python thread after another ({@link Workers}).
     */
    @PyMethod
    public static PyObject _local_key() { return LOCAL_KEY.get(); }

    @PyMethod
    public static long get_native_id() { return ident(); }

    @PyMethod
    public static long _count() { return RUNNING.get(); }

    @PyMethod
    public static PyObject allocate_lock() { return new PyLock(); }

    @PyMethod
    public static PyObject allocate() { return new PyLock(); }

    @PyMethod
    public static void exit() { throw PyErr.withArgs(PyExc.SystemExit); }

    @PyMethod
    public static void exit_thread() { throw PyErr.withArgs(PyExc.SystemExit); }

    /** stack_size([size]): the old size; 0 or at least 32 KiB, as CPython requires. */
    @PyMethod(optional = 1)
    public static long stack_size(PyObject size) {
        long old = stackSize;
        if (size != null) {
            long n = PyInt.asLong(size);
            if (n != 0 && n < 32768) throw PyErr.valueError("size not valid: %d bytes", n);
            stackSize = n;
        }
        return old;
    }
}
