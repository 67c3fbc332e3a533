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
