package org.gilpy.vm;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;

/**
 * Signals as CPython delivers them: any thread (the JVM's signal dispatcher, a timer,
 * {@code _thread.interrupt_main}) <em>trips</em> a signal, which only records it; the
 * main thread runs the Python handlers, with the GIL, at its next check point
 * ({@link EvalOps#checkPoint}) or when a signal cuts its blocking wait short
 * ({@link Blocking#interruptibly}). A tripped signal makes the main thread's next
 * instruction a check point, so a busy loop notices it at once.
 *
 * <p>Waking a waiting main thread uses {@link Thread#interrupt}, but only while it sits in
 * an interruptible wait (a sleep, a lock wait): an interrupt at any other moment would
 * close a file channel under it. {@link #WAIT} makes "is it waiting?" and the interrupt
 * one step, so no interrupt outlives the wait it was meant for.
 */
public final class Signals {
    private Signals() {}

    /** Signal numbers run from 1 to NSIG - 1 (Linux: 64). */
    public static final int NSIG = 65;

    /** What {@code signal.getsignal} returns per signal: a callable, SIG_DFL, SIG_IGN or null. */
    private static final PyObject[] HANDLERS = new PyObject[NSIG];
    private static final AtomicIntegerArray PENDING = new AtomicIntegerArray(NSIG);
    /** Some signal is pending: read at every check point, so it is one volatile read. */
    private static volatile boolean tripped;
    private static volatile ThreadState main;
    private static final Object WAIT = new Object();
    /** Guarded by WAIT: the main thread is in an interruptible wait; a restartable one (see {@link #setRestart}). */
    private static boolean mainWaiting, mainRestartable;
    /** Per signal: 1 when it restarts restartable waits instead of cutting them short (siginterrupt(s, False)). */
    private static final AtomicIntegerArray RESTART = new AtomicIntegerArray(NSIG);

    /**
     * What {@code signal.set_wakeup_fd} installs: called in the main thread, with the GIL,
     * with each signal number just before its handler runs (it writes the number's byte).
     */
    public static volatile java.util.function.IntConsumer wakeup;

    /** The thread that runs signal handlers (the one that started the interpreter). */
    public static void setMainThread(ThreadState ts) { main = ts; }

    public static ThreadState mainThread() { return main; }

    public static PyObject handler(int signum) { return HANDLERS[signum]; }

    /** Records the Python-level handler; the module installs the OS-level one. Main thread only. */
    public static void setHandler(int signum, PyObject h) { HANDLERS[signum] = h; }

    /**
     * signal.siginterrupt: with restart, signum no longer cuts short a wait that POSIX
     * restarts under SA_RESTART (a read of a pipe, console or blocking socket, a wait for a
     * child: {@link Blocking#restartably}); its handler runs once that wait is over. Sleeps,
     * lock waits and select are cut short all the same, as in POSIX.
     */
    public static void setRestart(int signum, boolean restart) { RESTART.set(signum, restart ? 1 : 0); }

    /** True when a Python callable handles signum (not SIG_DFL, SIG_IGN or nothing). */
    public static boolean handledByPython(int signum) {
        PyObject h = HANDLERS[signum];
        return h != null && Abstract.isCallable(h);
    }

    /**
     * Records signum for the main thread. With {@code wake}, a main thread in an
     * interruptible wait is woken to run the handler (a real signal does that;
     * {@code interrupt_main} does not). Safe from any thread, with or without the GIL.
     */
    public static void trip(int signum, boolean wake) {
        PENDING.set(signum, 1);
        tripped = true;
        ThreadState m = main;
        if (m == null) return;
        m.ticks = 0;
        if (wake) {
            synchronized (WAIT) {
                if (mainWaiting && !(mainRestartable && RESTART.get(signum) != 0)) m.thread.interrupt();
            }
        }
    }

    /** True when a signal waits for its handler. */
    public static boolean pending() { return tripped; }

    /**
     * Runs the handlers of the tripped signals, lowest number first, when ts is the main
     * thread (holding the GIL). A handler's exception propagates; signals still pending
     * then stay tripped for the next check point.
     */
    public static void runPending(ThreadState ts) {
        if (!tripped || ts != main) return;
        tripped = false;
        for (int s = 1; s < NSIG; s++) {
            if (PENDING.get(s) == 0) continue;
            PENDING.set(s, 0);
            if (!handledByPython(s)) continue;
            try {
                java.util.function.IntConsumer w = wakeup;
                if (w != null) w.accept(s);
                Abstract.call(HANDLERS[s], PyInt.of(s), ts.frame == null ? PyNone.NONE : ts.frame);
            } catch (PyException e) {
                for (int r = s + 1; r < NSIG; r++) if (PENDING.get(r) != 0) tripped = true;
                throw e;
            }
        }
    }

    /**
     * signal.pause(): waits without the GIL until a signal wakes the main thread, then runs
     * the handlers. Another thread (which no signal wakes) waits for ever, as it would in
     * CPython.
     */
    public static void pause(ThreadState ts) {
        try {
            Blocking.call(() -> waitInterruptibly(ts, () -> {
                while (true) Thread.sleep(Long.MAX_VALUE);
            }));
        } catch (InterruptedException e) {
            // a signal: its handler runs now
        }
        runPending(ts);
    }

    /** Runs w as an interruptible wait of the main thread (see {@link Blocking#interruptibly}). */
    static <T> T waitInterruptibly(ThreadState ts, Blocking.Wait<T> w) throws InterruptedException {
        return waitInterruptibly(ts, w, false);
    }

    /** As above; a restartable wait is not cut short by the signals siginterrupt set to restart. */
    static <T> T waitInterruptibly(ThreadState ts, Blocking.Wait<T> w, boolean restartable) throws InterruptedException {
        if (ts != main) return w.run();
        synchronized (WAIT) {
            mainWaiting = true;
            mainRestartable = restartable;
        }
        try {
            if (tripped) throw new InterruptedException();
            return w.run();
        } finally {
            synchronized (WAIT) {
                mainWaiting = false;
                mainRestartable = false;
                Thread.interrupted();   // an interrupt meant for this wait must not outlive it
            }
        }
    }
}
