package org.gilpy.vm;

/**
 * The one idiom for blocking calls (CPython's {@code Py_BEGIN_ALLOW_THREADS}): the
 * calling thread gives up the GIL, waits (sleep, a lock, a join, file/pipe/socket I/O),
 * then queues for the GIL again. The body must not touch Python objects: other threads
 * run Python code meanwhile. A thread that does not hold the GIL (an embedding Java
 * thread, a test) just runs the body.
 */
public final class Blocking {
    private Blocking() {}

    /** A blocking action that may throw a checked exception of type X. */
    @FunctionalInterface
    public interface Action<T, X extends Exception> {
        T run() throws X;
    }

    /** A wait that a signal may cut short: it throws InterruptedException then, and is run again. */
    @FunctionalInterface
    public interface Wait<T> {
        T run() throws InterruptedException;
    }

    /**
     * A wait (sleep, lock wait, join) without the GIL that a signal interrupts in the main
     * thread, as EINTR does in CPython: the pending handlers run with the GIL, an exception
     * from one ends the wait, and otherwise the wait is run again (PEP 475), so it must
     * compute its time left from a deadline. Other threads just wait.
     */
    public static <T> T interruptibly(Wait<T> wait) {
        return interruptibly(wait, false);
    }

    /**
     * As {@link #interruptibly}, for a wait that POSIX restarts after a handler installed
     * with SA_RESTART (a read of a pipe, console or blocking socket, waitpid): a signal
     * that {@code signal.siginterrupt(s, False)} set to restart does not cut it short; its
     * handler runs once the wait is over.
     */
    public static <T> T restartably(Wait<T> wait) {
        return interruptibly(wait, true);
    }

    /** {@link #restartably} when restartable, else {@link #interruptibly}. */
    public static <T> T interruptibly(Wait<T> wait, boolean restartable) {
        ThreadState ts = ThreadState.current();
        while (true) {
            Signals.runPending(ts);
            try {
                return call(() -> Signals.waitInterruptibly(ts, wait, restartable));
            } catch (InterruptedException e) {
                // a signal arrived: run its handlers (top of the loop), then wait on
            }
        }
    }

    /** Runs action without the GIL; returns its result (or rethrows its exception) with the GIL held again. */
    public static <T, X extends Exception> T call(Action<T, X> action) throws X {
        ThreadState ts = ThreadState.current();
        Gil gil = Interpreter.GIL;
        if (!gil.heldBy(ts)) return action.run();
        gil.release(ts, Gil.Reason.BLOCKING);
        try {
            return action.run();
        } finally {
            gil.acquire(ts, Gil.Reason.RESUME);
        }
    }
}
