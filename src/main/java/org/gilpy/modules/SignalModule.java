package org.gilpy.modules;

import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.objects.Warn;
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
 *
 * <p>Every signal, from the OS or from inside, goes through {@link #deliver}, which lets
 * {@link SignalMasks} keep it pending while it is blocked (pthread_sigmask) or hand it to
 * a sigwait; a signal blocked anywhere therefore gets a JVM handler too. The interval
 * timers (setitimer, alarm) are {@link Itimers}.
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
    private static final SignalHandler TRIP = sig -> deliver(sig.getNumber(), null, SignalMasks.FROM_OUTSIDE);
    /** signal.ItimerError (CPython's signal.itimer_error), raised by setitimer and getitimer. */
    private static final PyType ITIMER_ERROR = itimerError();
    /** What sigwaitinfo and sigtimedwait return. */
    private static final PyType STRUCT_SIGINFO = structSiginfo();

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
        m.put("ITIMER_REAL", PyInt.of(Itimers.REAL));
        m.put("ITIMER_VIRTUAL", PyInt.of(Itimers.VIRTUAL));
        m.put("ITIMER_PROF", PyInt.of(Itimers.PROF));
        m.put("ItimerError", ITIMER_ERROR);
        m.put("struct_siginfo", STRUCT_SIGINFO);
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
        if ((dfl || ign) && SignalMasks.blockedAnywhere(s)) {
            osHandler(s, TRIP);   // blocked: the OS's signal must wait in gilpy's pending set
        } else if (dfl) {
            if (ORIGINAL[s] != null) osHandler(s, ORIGINAL[s]);
        } else {
            osHandler(s, ign ? SignalHandler.SIG_IGN : TRIP);
        }
        PyObject old = Signals.handler(s);
        Signals.setHandler(s, dfl ? SIG_DFL : ign ? SIG_IGN : handler);
        Signals.setRestart(s, false);   // as CPython's sigaction: without SA_RESTART
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
        send(sendable(PyInt.asInt(signalnum)), ThreadState.current());   // raise(3) itself checks the number
    }

    /** pthread_kill(thread_id, signalnum): every thread's signal runs its handler in the main thread. */
    @PyMethod
    public static void pthread_kill(PyObject threadId, PyObject signalnum) {
        long id = PyInt.asLong(threadId);
        int s = sendable(PyInt.asInt(signalnum));
        ThreadState target = ThreadState.live().stream().filter(t -> t.ident == id).findFirst().orElse(null);
        if (target == null) throw PyErr.oserror(PyOSError.ESRCH, "No such process");
        send(s, target);
    }

    /** What kill(2), raise(3) and pthread_kill(3) accept: 0 (only a check) or a valid signal; else EINVAL. */
    private static int sendable(int s) {
        if (s != 0 && !valid(s)) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        return s;
    }

    /**
     * Sends signal s (sendable) from inside the process (raise_signal, pthread_kill,
     * os.kill of our pid) to the process (target null) or one thread: a Python handler
     * runs before this returns when this is the main thread (as CPython's calls check for
     * signals before returning), later in the main thread otherwise.
     */
    private static void send(int s, ThreadState target) {
        if (s == 0) return;
        deliver(s, target, SignalMasks.FROM_INSIDE);
        Signals.runPending(ThreadState.current());
    }

    /**
     * Signal s is sent (by sender, a SignalMasks.FROM_*) to the process (target null) or to one thread: kept pending while
     * blocked, handed to a sigwait, or delivered ({@link #arrive}). Safe on any thread,
     * with or without the GIL (the JVM's signal dispatcher, the timers).
     */
    static void deliver(int s, ThreadState target, int sender) {
        if (!SignalMasks.hold(s, target, sender)) arrive(s);
    }

    /**
     * Signal s arrives as the kernel would deliver it: recorded for its Python handler,
     * ignored, or its default action. Safe on any thread (the timers' too).
     */
    static void arrive(int s) {
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
            send(sendable(sig), null);
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

    // ---- timers ----------------------------------------------------------------------

    private static PyType itimerError() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("signal"));
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of("itimer_error"), PyTuple.of(PyExc.OSError), ns);
    }

    private static PyType structSiginfo() {
        PyType t = org.gilpy.objects.PyStructSeq.newType("signal", "struct_siginfo",
                new String[] {"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"}, 7);
        t.dict().put(PyStr.of("__doc__"), PyStr.of("struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\n"
                + "This object may be accessed either as a tuple of\n"
                + "(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\n"
                + "or via the attributes si_signo, si_code, and so on."));
        return t;
    }

    private static PyException itimerEinval() {
        return PyErr.withArgs(ITIMER_ERROR, PyInt.of(PyOSError.EINVAL), PyStr.of("Invalid argument"));
    }

    /** alarm(seconds): SIGALRM in that many seconds (0 cancels); returns the seconds left of the previous alarm. */
    @PyMethod
    public static long alarm(PyObject seconds) {
        long secs = PyInt.asLong(seconds);
        long micros = secs <= 0 ? 0 : secs >= Itimers.MAX_MICROS / 1_000_000 ? Itimers.MAX_MICROS : secs * 1_000_000;
        long[] old = Itimers.set(Itimers.REAL, micros, 0);
        long left = old[0] / 1_000_000, us = old[0] % 1_000_000;
        // glibc rounds to the nearest second, and never to 0 for an alarm still set
        if (us >= 500_000 || (left == 0 && us > 0)) left++;
        return left;
    }

    /** A timer's which: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF (else ItimerError EINVAL). */
    private static int which(PyObject which) {
        int w = PyInt.asInt(which);
        if (w < Itimers.REAL || w > Itimers.PROF) throw itimerEinval();
        return w;
    }

    /** Seconds as the kernel's timeval takes them: microseconds, rounded up; negative is EINVAL. */
    private static long micros(PyObject seconds) {
        long ns = TimeModule.sleepNanos(seconds);
        if (ns < 0) throw itimerEinval();
        return Math.min(ns / 1000 + (ns % 1000 == 0 ? 0 : 1), Itimers.MAX_MICROS);
    }

    /** (value, interval) as floats of seconds. */
    private static PyTuple timeval(long[] v) {
        return PyTuple.of(seconds(v[0]), seconds(v[1]));
    }

    private static PyFloat seconds(long us) {
        return PyFloat.of((double) (us / 1_000_000) + (us % 1_000_000) / 1e6);
    }

    @PyMethod(doc = "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).\n\n"
            + "The timer will fire after value seconds and after that every interval seconds.\n"
            + "The itimer can be cleared by setting seconds to zero.\n\n"
            + "Returns old values as a tuple: (delay, interval).")
    public static PyObject setitimer(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("setitimer() takes no keyword arguments");
        if (args.length < 2 || args.length > 3) {
            throw PyErr.typeError("setitimer expected at %s %d arguments, got %d", args.length < 2 ? "least" : "most",
                    args.length < 2 ? 2 : 3, args.length);
        }
        int w = PyInt.asInt(args[0]);
        long value = micros(args[1]);
        long interval = args.length > 2 ? micros(args[2]) : 0;
        if (w < Itimers.REAL || w > Itimers.PROF) throw itimerEinval();
        return timeval(Itimers.set(w, value, interval));
    }

    @PyMethod(doc = "Returns current value of given itimer.")
    public static PyObject getitimer(PyObject which) {
        return timeval(Itimers.get(which(which)));
    }

    /** siginterrupt(signalnum, flag): a false flag makes signalnum restart the waits POSIX restarts (SA_RESTART). */
    @PyMethod(doc = "Change system call restart behaviour.\n\n"
            + "If flag is False, system calls will be restarted when interrupted by\n"
            + "signal sig, else system calls will be interrupted.")
    public static void siginterrupt(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("siginterrupt() takes no keyword arguments");
        if (args.length != 2) throw PyErr.typeError("siginterrupt expected 2 arguments, got %d", args.length);
        int s = PyInt.asInt(args[0]);
        int flag = PyInt.asInt(args[1]);
        if (s < 1 || s >= Signals.NSIG) throw PyErr.valueError("signal number out of range");
        if (!valid(s) || s == SIGKILL || s == SIGSTOP) throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        Signals.setRestart(s, flag == 0);
    }

    // ---- wakeup fd -------------------------------------------------------------------

    private static long wakeupFd = -1;
    private static boolean warnOnFullBuffer = true;

    /**
     * set_wakeup_fd(fd, *, warn_on_full_buffer=True): the byte of each signal number is
     * written to fd when the main thread takes the signal up, just before its handler runs
     * (at once when the main thread is waiting or running Python code, so a select() on
     * the fd in the main thread wakes as in CPython). -1 stops it; returns the previous fd.
     */
    @PyMethod(doc = "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\n"
            + "Sets the fd to be written to (with the signal number) when a signal\n"
            + "comes in.  A library can use this to wakeup select or poll.\n"
            + "The previous fd or -1 is returned.\n\n"
            + "The fd must be non-blocking.")
    public static PyObject set_wakeup_fd(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length, npos = args.length - nkw;
        if (npos != 1) throw PyErr.typeError("set_wakeup_fd() takes exactly 1 positional argument (%d given)", npos);
        boolean warn = true;
        for (int i = 0; i < nkw; i++) {
            if (!kwnames[i].equals("warn_on_full_buffer")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for set_wakeup_fd()", kwnames[i]);
            }
            warn = Abstract.isTrue(args[npos + i]);
        }
        long fd = PyInt.asLong(args[0]);
        if (ThreadState.current() != Signals.mainThread()) {
            throw PyErr.valueError("set_wakeup_fd only works in main thread of the main interpreter");
        }
        if (fd != -1) {
            Descriptors.isStream(fd);   // OSError EBADF for a descriptor that is not open
            if (Descriptors.blocking(fd)) throw PyErr.valueError("the fd %d must be in non-blocking mode", fd);
        }
        long old;
        synchronized (SignalModule.class) {
            old = wakeupFd;
            wakeupFd = fd;
            warnOnFullBuffer = warn;
        }
        Signals.wakeup = fd == -1 ? null : SignalModule::wakeUp;
        return PyInt.of(old);
    }

    /** Writes signal s's byte to the wakeup fd (main thread, GIL held); failures are reported, not raised. */
    private static void wakeUp(int s) {
        long fd;
        boolean warn;
        synchronized (SignalModule.class) {
            fd = wakeupFd;
            warn = warnOnFullBuffer;
        }
        if (fd == -1) return;
        try {
            Descriptors.write(fd, new byte[] {(byte) s});
        } catch (PyException e) {
            if (!warn && e.matches(PyExc.BlockingIOError)) return;
            org.gilpy.objects.Runtime.get().writeUnraisable("Exception ignored when trying to write to the signal wakeup fd:", e);
        }
    }

    // ---- masks -----------------------------------------------------------------------

    /** An iterable of signal numbers as a mask (bit s-1); 32 and 33 (glibc's own) are left out with a warning. */
    private static long sigset(PyObject iterable) {
        long set = 0;
        PyObject it = Abstract.iter(iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            long s = PyInt.asLong(item);
            if (s < 1 || s >= Signals.NSIG) {
                throw PyErr.valueError("signal number %d out of range [1; %d]", s, Signals.NSIG - 1);
            }
            if (!valid((int) s)) {
                Warn.warn(PyExc.RuntimeWarning, "invalid signal number " + s + ", please use valid_signals()", 1);
                continue;
            }
            set |= SignalMasks.bit((int) s);
        }
        return set;
    }

    private static PySet signalSet(long set) {
        PySet out = new PySet();
        for (int s = 1; s < Signals.NSIG; s++) if ((set & SignalMasks.bit(s)) != 0) out.addMethod(PyInt.of(s));
        return out;
    }

    @PyMethod(doc = "Fetch and/or change the signal mask of the calling thread.")
    public static PyObject pthread_sigmask(PyObject how, PyObject mask) {
        int h = PyInt.asInt(how);
        long set = sigset(mask);
        if (h < SignalMasks.SIG_BLOCK || h > SignalMasks.SIG_SETMASK) {
            throw PyErr.oserror(PyOSError.EINVAL, "Invalid argument");
        }
        if (h != SignalMasks.SIG_UNBLOCK) {
            // a blocked signal from the OS must reach gilpy's delivery to be kept pending
            for (int s = 1; s < NAMES.length; s++) {
                if ((set & SignalMasks.bit(s)) != 0 && !Signals.handledByPython(s)) osHandler(s, TRIP);
            }
        }
        ThreadState ts = ThreadState.current();
        long old = SignalMasks.change(ts, h, set);
        Signals.runPending(ts);
        return signalSet(old);
    }

    @PyMethod(doc = "Examine pending signals.\n\nReturns a set of signal numbers that are pending for delivery to\n"
            + "the calling thread.")
    public static PyObject sigpending() {
        return signalSet(SignalMasks.pending(ThreadState.current()));
    }

    @PyMethod(doc = "Wait for a signal.\n\nSuspend execution of the calling thread until the delivery of one of the\n"
            + "signals specified in the signal set sigset.  The function accepts the signal\n"
            + "and returns the signal number.")
    public static long sigwait(PyObject sigset) {
        return SignalMasks.await(ThreadState.current(), sigset(sigset), -1, false) & 0xff;
    }

    @PyMethod(doc = "Wait synchronously until one of the signals in *sigset* is delivered.\n\n"
            + "Returns a struct_siginfo containing information about the signal.")
    public static PyObject sigwaitinfo(PyObject sigset) {
        return siginfo(SignalMasks.await(ThreadState.current(), sigset(sigset), -1, true));
    }

    @PyMethod(doc = "Like sigwaitinfo(), but with a timeout.\n\n"
            + "The timeout is specified in seconds, with floating point numbers allowed.")
    public static PyObject sigtimedwait(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("sigtimedwait() takes no keyword arguments");
        if (args.length != 2) throw PyErr.typeError("sigtimedwait expected 2 arguments, got %d", args.length);
        long set = sigset(args[0]);
        long nanos = TimeModule.sleepNanos(args[1]);
        if (nanos < 0) throw PyErr.valueError("timeout must be non-negative");
        int got = SignalMasks.await(ThreadState.current(), set, nanos, true);
        return got == 0 ? PyNone.NONE : siginfo(got);
    }

    /**
     * The struct_siginfo of a signal taken by SignalMasks.await ({@code s | sender << 8}):
     * SI_USER (0) with our pid and uid when sent from inside (si_band shares their bytes,
     * as in Linux's union), SI_KERNEL (128) from a timer; from another process SI_USER
     * with si_pid and si_uid 0, which the JVM does not tell.
     */
    private static PyObject siginfo(int got) {
        int s = got & 0xff, sender = got >> 8;
        long pid = 0, uid = 0;
        int code = sender == SignalMasks.FROM_KERNEL ? 128 : 0;
        if (sender == SignalMasks.FROM_INSIDE) {
            pid = ProcessHandle.current().pid();
            uid = org.gilpy.modules.posix.PosixModule.getuid();
        }
        return org.gilpy.objects.PyStructSeq.create(STRUCT_SIGINFO, PyInt.of(s), PyInt.of(code), PyInt.of(0),
                PyInt.of(pid), PyInt.of(uid), PyInt.of(0), PyInt.of(pid | uid << 32));
    }

    /** pause(): waits for a signal; returns after its handler has run (or raises what the handler raised). */
    @PyMethod
    public static void pause() {
        Signals.pause(ThreadState.current());
    }
}
