package org.gilpy.vm;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * The global interpreter lock: one thread runs Python code at a time (DESIGN.md, "Threads
 * and the GIL").
 *
 * <ul>
 * <li><b>Fair and direct.</b> Waiters queue in arrival order. Releasing hands the GIL
 *     straight to the longest waiter ({@code owner} is set for it before it wakes), so
 *     the releasing thread cannot barge back in: to run again it queues behind the others.
 * <li><b>Cheap.</b> A waiter spins briefly on {@code owner} before it parks, so a switch
 *     between two running cores usually costs no futex wake-up.
 * <li><b>Check points.</b> The eval loop calls {@link #offer} every check interval; the
 *     GIL changes hands there only when a thread has waited at least the switch interval.
 * <li><b>Observable.</b> Every acquire, release and handoff goes through
 *     {@link #note} with its {@link Reason}; a {@link Listener} (later: GIL timelines,
 *     seeded schedules) sees them when one is installed, at the cost of one null check
 *     otherwise.
 * </ul>
 * The state ({@code owner}, the queue) changes under the monitor of {@code this}; only a
 * switch of threads contends for it.
 */
public final class Gil {
    /** Why the GIL changed hands, for listeners. */
    public enum Reason { START, CHECK_INTERVAL, BLOCKING, RESUME, EXIT }

    /** Sees every transition; called by the thread making it, while nothing is locked. */
    public interface Listener {
        void acquired(ThreadState ts, Reason why);

        void released(ThreadState ts, ThreadState next, Reason why);
    }

    /** How long a waiter spins before parking (iterations of {@link Thread#onSpinWait}). */
    static final int SPINS = 2_000;

    private volatile ThreadState owner;
    private final ArrayDeque<ThreadState> waiters = new ArrayDeque<>();
    /** Number of queued waiters, readable without the monitor (check points read it). */
    private volatile int waiting;
    /** Nanoseconds a waiter must have waited before a check point hands over (switch interval). */
    private volatile long switchNanos;
    private volatile Listener listener;

    public ThreadState owner() { return owner; }

    public boolean heldBy(ThreadState ts) { return owner == ts; }

    public void setListener(Listener l) { listener = l; }

    public void setSwitchInterval(double seconds) { switchNanos = (long) (seconds * 1e9); }

    public double switchInterval() { return switchNanos / 1e9; }

    /** Takes the GIL for ts, queueing behind earlier waiters. */
    public void acquire(ThreadState ts, Reason why) {
        synchronized (this) {
            if (owner == null && waiters.isEmpty()) {
                owner = ts;
            } else {
                ts.gilWaitingSince = System.nanoTime();
                waiters.addLast(ts);
                waiting = waiters.size();
            }
        }
        if (owner != ts) awaitTurn(ts);
        note(ts, null, why, true);
    }

    /** Gives the GIL up: to the longest waiter, who owns it from this moment, or to nobody. */
    public void release(ThreadState ts, Reason why) {
        ThreadState next;
        synchronized (this) {
            if (owner != ts) throw new IllegalStateException("GIL released by a thread that does not hold it");
            next = waiters.pollFirst();
            waiting = waiters.size();
            owner = next;
        }
        note(ts, next, why, false);
        if (next != null) LockSupport.unpark(next.thread);
    }

    /**
     * A check point of ts (which holds the GIL): when the longest waiter has waited at
     * least the switch interval, hands it the GIL and queues ts behind the waiters.
     * Returns whether the GIL changed hands.
     */
    public boolean offer(ThreadState ts) {
        if (waiting == 0 || owner != ts) return false;
        ThreadState first;
        synchronized (this) {
            first = waiters.peekFirst();
        }
        if (first == null || System.nanoTime() - first.gilWaitingSince < switchNanos) return false;
        release(ts, Reason.CHECK_INTERVAL);
        acquire(ts, Reason.CHECK_INTERVAL);
        return true;
    }

    /** True when some thread waits for the GIL. */
    public boolean contended() { return waiting > 0; }

    /** Spins, then parks, until the releasing thread has made ts the owner. An interrupt
     * does not end the wait (it would make park return at once, forever); it is kept. */
    private void awaitTurn(ThreadState ts) {
        for (int i = 0; i < SPINS; i++) {
            if (owner == ts) return;
            Thread.onSpinWait();
        }
        boolean interrupted = false;
        while (owner != ts) {
            LockSupport.park(this);
            if (Thread.interrupted()) interrupted = true;
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void note(ThreadState ts, ThreadState next, Reason why, boolean acquired) {
        Listener l = listener;
        if (l == null) return;
        if (acquired) l.acquired(ts, why);
        else l.released(ts, next, why);
    }
}
