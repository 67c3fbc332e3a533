package org.gilpy.modules;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.ThreadState;

/**
 * Signal masks ({@code pthread_sigmask}, {@code sigpending}, {@code sigwait}) on gilpy's
 * own delivery, with POSIX's rules. Each Python thread has a mask
 * ({@link ThreadState#sigmask}, bit s-1 for signal s) that the threads it starts inherit.
 * A signal sent to the process is delivered when some thread does not block it, and
 * otherwise stays pending for the process; a signal sent to one thread (raise_signal,
 * pthread_kill) that blocks it stays pending for that thread. Unblocking a pending signal
 * delivers it. A pending signal is recorded once however often it is sent. {@code sigwait}
 * takes a pending signal of its set (the thread's own first) or waits for one to be sent;
 * while it waits, a signal of its set goes to it rather than to a handler, whether blocked
 * or not, as Linux does. SIGKILL and SIGSTOP cannot be blocked.
 *
 * <p>Delivery is {@link SignalModule#arrive}: the Python handler then runs in the main
 * thread, so blocking a signal in the main thread defers its handler only while every
 * other thread blocks it too, as in CPython. State is guarded by {@link #LOCK}.
 */
final class SignalMasks {
    private SignalMasks() {}

    static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    private static final long UNBLOCKABLE = bit(9) | bit(19);
    private static final Object LOCK = new Object();
    /** Signals sent to the process while every thread blocked them. */
    private static long processPending;
    private static final List<Waiter> WAITERS = new ArrayList<>();

    /** A thread in sigwait: the set it waits for and the signal it was handed (0 until then). */
    private static final class Waiter {
        final ThreadState ts;
        final long set;
        int taken;

        Waiter(ThreadState ts, long set) {
            this.ts = ts;
            this.set = set;
        }
    }

    static long bit(int s) {
        return 1L << (s - 1);
    }

    /**
     * Signal s is sent to the process (target null) or to one thread: true when a sigwait
     * took it or it stays pending, false when it is to be delivered now.
     */
    static boolean hold(int s, ThreadState target) {
        long b = bit(s);
        synchronized (LOCK) {
            for (Waiter w : WAITERS) {
                if (w.taken == 0 && (w.set & b) != 0 && (target == null || target == w.ts)) {
                    w.taken = s;
                    LOCK.notifyAll();
                    return true;
                }
            }
            if ((b & UNBLOCKABLE) != 0) return false;
            if (target != null) {
                if ((target.sigmask & b) == 0) return false;
                target.sigpending |= b;
                return true;
            }
            boolean anyThread = false;
            for (ThreadState ts : ThreadState.live()) {
                anyThread = true;
                if ((ts.sigmask & b) == 0) return false;
            }
            if (!anyThread) return false;
            processPending |= b;
            return true;
        }
    }

    /** True when some thread blocks s (so that the OS's signal must come through gilpy's delivery). */
    static boolean blockedAnywhere(int s) {
        synchronized (LOCK) {
            for (ThreadState ts : ThreadState.live()) if ((ts.sigmask & bit(s)) != 0) return true;
            return false;
        }
    }

    /**
     * pthread_sigmask for ts: changes its mask as `how` says and returns the old one; the
     * pending signals it no longer blocks are delivered (lowest first) before this returns.
     * `how` is one of SIG_BLOCK, SIG_UNBLOCK and SIG_SETMASK.
     */
    static long change(ThreadState ts, int how, long set) {
        long old, ready;
        synchronized (LOCK) {
            old = ts.sigmask;
            long mask = how == SIG_BLOCK ? old | set : how == SIG_UNBLOCK ? old & ~set : set;
            ts.sigmask = mask & ~UNBLOCKABLE;
            ready = (processPending | ts.sigpending) & ~ts.sigmask;
            processPending &= ~ready;
            ts.sigpending &= ~ready;
        }
        for (int s = 1; s <= 64; s++) if ((ready & bit(s)) != 0) SignalModule.arrive(s);
        return old;
    }

    /** sigpending for ts: the signals pending for it or for the process. */
    static long pending(ThreadState ts) {
        synchronized (LOCK) {
            return processPending | ts.sigpending;
        }
    }

    /**
     * Takes the lowest pending signal of set (the thread's own before the process's), or
     * returns 0 when none is pending.
     */
    private static int take(ThreadState ts, long set) {
        long own = ts.sigpending & set, shared = processPending & set;
        if (own != 0) {
            int s = Long.numberOfTrailingZeros(own) + 1;
            ts.sigpending &= ~bit(s);
            return s;
        }
        if (shared != 0) {
            int s = Long.numberOfTrailingZeros(shared) + 1;
            processPending &= ~bit(s);
            return s;
        }
        return 0;
    }

    /**
     * sigwait: a pending signal of set, or the first one sent while waiting (without the
     * GIL; signals do not cut this wait short, as glibc's sigwait retries after EINTR).
     */
    static int await(ThreadState ts, long set) {
        Waiter w;
        synchronized (LOCK) {
            int s = take(ts, set);
            if (s != 0) return s;
            w = new Waiter(ts, set);
            WAITERS.add(w);
        }
        try {
            return Blocking.call(() -> {
                synchronized (LOCK) {
                    while (w.taken == 0) {
                        try {
                            LOCK.wait();
                        } catch (InterruptedException e) {
                            // only signals interrupt, and only interruptible waits: not this one
                        }
                    }
                    return w.taken;
                }
            });
        } finally {
            synchronized (LOCK) {
                WAITERS.remove(w);
            }
        }
    }
}
