package org.gilpy.vm;

import org.gilpy.objects.PyBaseException;

/**
 * What is per Python thread: the innermost running frame (what
 * {@code sys._current_frames} reads), the exception being handled
 * ({@code sys.exc_info}), and the recursion depth. One per Java thread running Python
 * code, found through {@link #current()}.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

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
    /** Instructions left until the next check point (see {@link Interpreter#checkInterval}). */
    int ticks = 1;
    /** When this thread queued for the GIL ({@link System#nanoTime}), for the switch interval. */
    long gilWaitingSince;

    public static ThreadState current() {
        return CURRENT.get();
    }
}
