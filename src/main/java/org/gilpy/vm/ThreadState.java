package org.gilpy.vm;

import org.gilpy.objects.PyBaseException;

/**
 * What is per Python thread: the innermost running frame (what
 * {@code sys._current_frames} reads), the exception being handled
 * ({@code sys.exc_info}), and the recursion depth. One per Java thread running Python
 * code, found through {@link #current()}.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::register);
    /** Every thread that has run Python code and not ended, by ident (for sys._current_frames). */
    private static final java.util.concurrent.ConcurrentHashMap<Long, ThreadState> LIVE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static ThreadState register() {
        ThreadState ts = new ThreadState();
        LIVE.put(ts.ident, ts);
        return ts;
    }

    /** The live thread states; read with the GIL held, their frames are stable. */
    public static java.util.Collection<ThreadState> live() {
        return LIVE.values();
    }

    /** Forgets the calling thread's state: it will run no more Python code. */
    public static void exitThread() {
        ThreadState ts = CURRENT.get();
        LIVE.remove(ts.ident);
        CURRENT.remove();
    }

    /** The innermost running frame, or null. */
    public Frame frame;
    /** The exception being handled by an except clause (PUSH_EXC_INFO/POP_EXCEPT), or null. */
    public PyBaseException handled;
    /** Python call depth, compared with the interpreter's recursion limit. */
    public int depth;
    /** Set while RERAISE re-throws, so the frame adds no second traceback entry. */
    boolean reraising;
    /** Index of the RERAISE instruction being executed, for the handler lookup; -1 otherwise. */
    int reraiseAt = -1;

    /** The Java thread this state belongs to. */
    public final Thread thread = Thread.currentThread();
    /** The thread's identifier ({@code threading.get_ident()}). */
    public final long ident = thread.threadId();
    /** Instructions left until the next check point (see {@link Interpreter#checkInterval}). */
    int ticks = 1;
    /** Check points at which the minimum slice kept the GIL with this thread (Gil.offer's clock sampling). */
    int gatedCheckPoints;
    /** When this thread queued for the GIL ({@link System#nanoTime}), for the switch interval. */
    long gilWaitingSince;
    /**
     * The signals this thread blocks ({@code signal.pthread_sigmask}) and those sent to it
     * while blocked, bit s-1 for signal s; kept by modules/SignalMasks under its lock.
     */
    public long sigmask, sigpending;

    public static ThreadState current() {
        return CURRENT.get();
    }
}
