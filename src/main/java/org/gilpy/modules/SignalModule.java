package org.gilpy.modules;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Signals;
import org.gilpy.vm.ThreadState;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The {@code _signal} module (the {@code signal} module in lib/ wraps it with the
 * Signals and Handlers names). Python handlers run in the main thread through
 * {@link Signals}; this class keeps the OS side: a signal with a Python handler gets a
 * JVM handler that trips it, SIG_IGN ignores it, and SIG_DFL gives the signal back to the
 * JVM's own handler (for SIGINT, SIGTERM and SIGHUP: exit with 128 + signum).
 *
 * <p>Signals sent from inside the process (raise_signal, pthread_kill, os.kill of our own
 * pid, alarm) are delivered here without the OS, as the kernel would deliver them: to a
 * Python handler (run before the call returns, as CPython does), ignored, or the default
 * action, which ends the process with status 128 + signum or does nothing. Signals the JVM
 * keeps for itself (SIGQUIT, SIGSEGV, SIGFPE...) accept a Python handler, but only
 * signals from inside the process reach it.
 */
public final class SignalModule {
    private SignalModule() {}

    static final int SIGHUP = 1, SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGALRM = 14, SIGSTOP = 19, SIGXFSZ = 25;
    static final int SIGRTMIN = 34, SIGRTMAX = 64;
    private static final PyInt SIG_DFL = PyInt.of(0), SIG_IGN = PyInt.of(1);

    /** Linux's names by number (the first name of each; aliases are added to the module). */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
        "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
    /** glibc's strsignal texts, by number. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    /** The JVM's handler of each signal before we first replaced it (what SIG_DFL restores). */
    private static final SignalHandler[] ORIGINAL = new SignalHandler[Signals.NSIG];
    private static final SignalHandler TRIP = sig -> Signals.trip(sig.getNumber(), true);

    private static PyModule module;

    public static synchronized PyModule create() {
        if (module != null) return module;
        PyModule m = new PyModule("_signal");
        TypeBuilder.moduleFunctions(SignalModule.class, m).forEach(m::put);
        m.put("SIG_DFL", SIG_DFL);
        m.put("SIG_IGN", SIG_IGN);
        m.put("NSIG", PyInt.of(Signals.NSIG));
        for (int s = 1; s < NAMES.length; s++) m.put("SIG" + NAMES[s], PyInt.of(s));
        m.put("SIGIOT", PyInt.of(6));
        m.put("SIGCLD", PyInt.of(17));
        m.put("SIGPOLL", PyInt.of(29));
        m.put("SIGRTMIN", PyInt.of(SIGRTMIN));
        m.put("SIGRTMAX", PyInt.of(SIGRTMAX));
        m.put("SIG_BLOCK", PyInt.of(0));
        m.put("SIG_UNBLOCK", PyInt.of(1));
        m.put("SIG_SETMASK", PyInt.of(2));
        module = m;
        return m;
    }

    /**
     * The handlers a process starts with, as CPython sets them: SIGINT raises
     * KeyboardInterrupt (in the main thread), SIGPIPE and SIGXFSZ are ignored, the rest
     * have their default action. With {@code os}, SIGINT is taken from the JVM (whose
     * default would exit at once); an embedding application passes false and keeps it.
     */
    public static void installDefaults(boolean os) {
        PyModule m = create();
        for (int s = 1; s < Signals.NSIG; s++) if (valid(s)) Signals.setHandler(s, SIG_DFL);
        Signals.setHandler(SIGPIPE, SIG_IGN);
        Signals.setHandler(SIGXFSZ, SIG_IGN);
        Signals.setHandler(SIGINT, m.getDict().get(PyStr.of("default_int_handler")));
        if (os) osHandler(SIGINT, TRIP);
    }

    private static boolean valid(int s) {
        return s >= 1 && s < Signals.NSIG && s != 32 && s != 33;
    }

    /** A signal number argument: an int in 1..NSIG-1. */
    private static int signum(PyObject o) {
        int s = PyInt.asInt(o);
        if (s < 1 || s >= Signals.NSIG) throw PyErr.valueError("signal number out of range");
        return s;
    }

    /** Installs h in the JVM for signal s; false when the JVM keeps s for itself. */
    private static boolean osHandler(int s, SignalHandler h) {
        if (s >= NAMES.length) return false;
        try {
            SignalHandler old = Signal.handle(new Signal(NAMES[s]), h);
            if (ORIGINAL[s] == null) ORIGINAL[s] = old;
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @PyMethod
    public static PyObject signal(PyObject signalnum, PyObject handler) {
        if (ThreadState.current() != Signals.mainThread()) {
            throw PyErr.valueError("signal only works in main thread of the main interpreter");
        }
        int s = signum(signalnum);
        boolean dfl = isHandler(handler, 0), ign = isHandler(handler, 1);
        if (!dfl && !ign && !Abstract.isCallable(handler)) {
            throw PyErr.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (!valid(s) || s == SIGKILL || s == SIGSTOP) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        if (dfl) {
            if (ORIGINAL[s] != null) osHandler(s, ORIGINAL[s]);
        } else {
            osHandler(s, ign ? SignalHandler.SIG_IGN : TRIP);
        }
        PyObject old = Signals.handler(s);
        Signals.setHandler(s, dfl ? SIG_DFL : ign ? SIG_IGN : handler);
        return old == null ? PyNone.NONE : old;
    }

    /** SIG_DFL (0) or SIG_IGN (1), given as an int or the Handlers member. */
    private static boolean isHandler(PyObject h, int which) {
        return h instanceof PyInt i && i.big == null && i.value == which;
    }

    @PyMethod
    public static PyObject getsignal(PyObject signalnum) {
        PyObject h = Signals.handler(signum(signalnum));
        return h == null ? PyNone.NONE : h;
    }

    @PyMethod
    public static PyObject default_int_handler(PyObject[] args, String[] kwnames) {
        if (args.length != 2 && (kwnames == null || kwnames.length == 0)) {
            throw PyErr.typeError("default_int_handler expected 2 arguments, got %d", args.length);
        }
        throw PyErr.withArgs(PyExc.KeyboardInterrupt);
    }

    @PyMethod
    public static PyObject strsignal(PyObject signalnum) {
        int s = signum(signalnum);
        if (s < DESCRIPTIONS.length) return PyStr.of(DESCRIPTIONS[s]);
        if (s >= SIGRTMIN) return PyStr.of("Real-time signal " + (s - SIGRTMIN));
        return PyNone.NONE;
    }

    @PyMethod
    public static PyObject valid_signals() {
        PySet set = new PySet();
        for (int s = 1; s < Signals.NSIG; s++) if (valid(s)) set.addMethod(PyInt.of(s));
        return set;
    }

    @PyMethod
    public static void raise_signal(PyObject signalnum) {
        send(sendable(PyInt.asInt(signalnum)));   // raise(3) itself checks the number
    }

    /** pthread_kill(thread_id, signalnum): every thread's signal runs its handler in the main thread. */
    @PyMethod
    public static void pthread_kill(PyObject threadId, PyObject signalnum) {
        long id = PyInt.asLong(threadId);
        int s = sendable(PyInt.asInt(signalnum));
        boolean alive = ThreadState.live().stream().anyMatch(t -> t.ident == id);
        if (!alive) throw PyErr.oserror(PyOSError.ESRCH, "No such process");
        send(s);
    }

    /** What kill(2), raise(3) and pthread_kill(3) accept: 0 (only a check) or a valid signal; else EINVAL. */
    private static int sendable(int s) {
        if (s != 0 && !valid(s)) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        return s;
    }

    /**
     * Sends signal s (sendable) from inside the process (raise_signal, pthread_kill,
     * os.kill of our pid): a Python handler runs before this returns when this is the main
     * thread (as CPython's calls check for signals before returning), later in the main
     * thread otherwise.
     */
    private static void send(int s) {
        if (s == 0) return;
        arrive(s);
        Signals.runPending(ThreadState.current());
    }

    /**
     * Signal s arrives as the kernel would deliver it: recorded for its Python handler,
     * ignored, or its default action. Safe on any thread (the alarm timer's too).
     */
    private static void arrive(int s) {
        if (Signals.handledByPython(s)) {
            Signals.trip(s, true);
        } else {
            PyObject h = Signals.handler(s);
            if (h == null || isHandler(h, 0)) defaultAction(s);
        }
    }

    /**
     * {@code os.kill(pid, sig)}: a signal to our own process is delivered from inside
     * (its handler runs before os.kill returns, as in CPython); any other process, or a
     * process group (pid 0 or negative), gets it from kill(1).
     */
    public static void kill(long pid, int sig) {
        if (sig < 0 || sig >= Signals.NSIG) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        if (pid == ProcessHandle.current().pid()) {
            send(sendable(sig));
            return;
        }
        String[] cmd = {"kill", "-s", sig == 0 ? "0" : sig < NAMES.length ? NAMES[sig] : Integer.toString(sig), "--",
            Long.toString(pid)};
        String err = org.gilpy.vm.Blocking.call(() -> {
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String text = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return p.waitFor() == 0 ? null : text;
            } catch (java.io.IOException e) {
                return "Operation not permitted";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Interrupted system call";
            }
        });
        if (err == null) return;
        if (err.contains("No such process")) throw PyErr.oserror(PyOSError.ESRCH, "No such process");
        if (err.contains("Invalid")) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        throw PyErr.oserror(PyOSError.EPERM, "Operation not permitted");
    }

    /** A signal's default action: most end the process (status 128 + s, unflushed, as a kill would). */
    private static void defaultAction(int s) {
        switch (s) {
            case 17, 18, 23, 28 -> { }       // SIGCHLD, SIGCONT, SIGURG, SIGWINCH: ignored
            case 19, 20, 21, 22 -> { }       // stop signals: a JVM is not stopped from inside
            default -> {
                Runtime.getRuntime().halt(128 + s);
            }
        }
    }

    // ---- alarm -----------------------------------------------------------------------

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gilpy-alarm");
        t.setDaemon(true);
        return t;
    });
    private static ScheduledFuture<?> alarm;

    /** alarm(seconds): SIGALRM in that many seconds (0 cancels); returns the seconds left of the previous alarm. */
    @PyMethod
    public static synchronized long alarm(PyObject seconds) {
        long secs = PyInt.asLong(seconds);
        long left = 0;
        if (alarm != null && alarm.cancel(false)) {
            long ms = alarm.getDelay(TimeUnit.MILLISECONDS);
            left = Math.max(1, (ms + 500) / 1000);   // glibc rounds to the nearest second, never to 0
        }
        alarm = secs <= 0 ? null : TIMER.schedule(SignalModule::alarmFired, secs, TimeUnit.SECONDS);
        return left;
    }

    private static void alarmFired() {
        synchronized (SignalModule.class) {
            alarm = null;
        }
        arrive(SIGALRM);
    }

    /** pause(): waits for a signal; returns after its handler has run (or raises what the handler raised). */
    @PyMethod
    public static void pause() {
        Signals.pause(ThreadState.current());
    }
}
