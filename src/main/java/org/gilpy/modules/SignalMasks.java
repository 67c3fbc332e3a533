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
    /**
     * Who sent a signal, for sigwaitinfo's struct_siginfo: this process (raise_signal,
     * pthread_kill, os.kill), the kernel (the interval timers), or another process (whose
     * id the JVM does not tell). A signal pending for one thread was always sent from inside.
     */
    static final int FROM_INSIDE = 0, FROM_KERNEL = 1, FROM_OUTSIDE = 2;
    private static final long UNBLOCKABLE = bit(9) | bit(19);
    private static final Object LOCK = new Object();
    /** Signals sent to the process while every thread blocked them, and who sent each (FROM_*). */
    private static long processPending;
    private static final int[] PROCESS_SENDER = new int[65];
    private static final List<Waiter> WAITERS = new ArrayList<>();

    /** A thread in sigwait: the set it waits for and the signal it was handed (0 until then). */
    private static final class Waiter {
        final ThreadState ts;
        final long set;
        int taken, sender;

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
    static boolean hold(int s, ThreadState target, int sender) {
        long b = bit(s);
        synchronized (LOCK) {
            for (Waiter w : WAITERS) {
                if (w.taken == 0 && (w.set & b) != 0 && (target == null || target == w.ts)) {
                    w.taken = s;
                    w.sender = sender;
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
            if ((processPending & b) == 0) PROCESS_SENDER[s] = sender;   // a repeat merges into the first
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
     * Takes the lowest pending signal of set (the thread's own before the process's):
     * {@code s | sender << 8}, or 0 when none is pending.
     */
    private static int take(ThreadState ts, long set) {
        long own = ts.sigpending & set, shared = processPending & set;
        if (own != 0) {
            int s = Long.numberOfTrailingZeros(own) + 1;
            ts.sigpending &= ~bit(s);
            return s | FROM_INSIDE << 8;
        }
        if (shared != 0) {
            int s = Long.numberOfTrailingZeros(shared) + 1;
            processPending &= ~bit(s);
            return s | PROCESS_SENDER[s] << 8;
        }
        return 0;
    }

    /**
     * sigwait, sigwaitinfo, sigtimedwait: a pending signal of set, or the first one sent
     * while waiting, as {@code s | sender << 8}; 0 when timeoutNanos (negative: none)
     * passed first. The wait is without the GIL. With handlers (sigwaitinfo,
     * sigtimedwait), a signal that is not taken cuts it short, its handler runs and the
     * wait goes on (PEP 475); without, nothing cuts it short, as glibc's sigwait retries
     * after EINTR.
     */
    static int await(ThreadState ts, long set, long timeoutNanos, boolean handlers) {
        Waiter w;
        synchronized (LOCK) {
            int got = take(ts, set);
            if (got != 0 || timeoutNanos == 0) return got;
            w = new Waiter(ts, set);
            WAITERS.add(w);
        }
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        Blocking.Wait<Integer> wait = () -> {
            synchronized (LOCK) {
                while (w.taken == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return 0;
                    try {
                        if (deadline == Long.MAX_VALUE) LOCK.wait();
                        else LOCK.wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException e) {
                        if (handlers && w.taken == 0) throw e;   // a signal: run its handler, then wait on
                    }
                }
                return w.taken | w.sender << 8;
            }
        };
        try {
            return handlers ? Blocking.interruptibly(wait) : Blocking.call(wait::run);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);   // not reached: without handlers nothing interrupts
        } finally {
            synchronized (LOCK) {
                WAITERS.remove(w);
            }
        }
    }
}
