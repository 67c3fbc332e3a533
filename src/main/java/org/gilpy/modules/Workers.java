package org.gilpy.modules;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Java platform threads that run Python threads, kept for a while after their Python
 * thread has ended so that the next {@code start_new_thread} reuses one instead of
 * creating a thread (creating, starting and ending a JVM thread costs more than a
 * whole CPython thread start: two internal wake-ups, the stack and guard pages).
 *
 * <p>An idle worker parks for up to {@link #IDLE_NANOS}, then ends. A worker runs one
 * body at a time; every Python thread still gets a fresh {@code ThreadState}, since the
 * body ends with {@code ThreadState.exitThread()}. Like POSIX thread ids in CPython, the
 * Java thread id ({@code get_ident()}) of an ended thread may come back for a new one.
 * All workers are daemon threads: the interpreter decides which threads the process
 * waits for.
 */
final class Workers {
    private Workers() {}

    /** How long an idle worker waits for its next body before it ends. */
    static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Idle workers, the most recently idle first (its caches are the warmest). */
    private static final ConcurrentLinkedDeque<Worker> IDLE = new ConcurrentLinkedDeque<>();

    private static final class Worker implements Runnable {
        volatile Runnable body;
        Thread thread;

        Worker(Runnable first) {
            body = first;
        }

        @Override
        public void run() {
            while (true) {
                Runnable b = body;
                body = null;
                b.run();
                Thread.interrupted();  // an interrupt meant for the old Python thread
                IDLE.addFirst(this);
                if (!awaitBody()) return;
            }
        }

        /** Parks until a starter hands over a body (true) or, idle too long, leaves (false). */
        private boolean awaitBody() {
            long end = System.nanoTime() + IDLE_NANOS;
            while (body == null) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    if (IDLE.remove(this)) return false;
                    // a starter took this worker from the list just now: its body is coming
                    while (body == null) Thread.onSpinWait();
                    return true;
                }
                LockSupport.parkNanos(this, left);
            }
            return true;
        }
    }

    /**
     * Runs body on an idle worker, or on a new daemon thread with the given stack size;
     * returns the Java thread that runs it.
     */
    static Thread start(Runnable body, long stackSize, boolean reuse) {
        Worker w = reuse ? IDLE.pollFirst() : null;
        if (w != null) {
            w.body = body;
            LockSupport.unpark(w.thread);
            return w.thread;
        }
        if (!reuse) {
            Thread t = new Thread(null, body, "gilpy-thread", stackSize);
            t.setDaemon(true);
            t.start();
            return t;
        }
        w = new Worker(body);
        Thread t = new Thread(null, w, "gilpy-thread", stackSize);
        t.setDaemon(true);
        w.thread = t;
        t.start();
        return t;
    }
}
