package org.gilpy.vm;

import java.util.concurrent.locks.LockSupport;

/**
 * The global interpreter lock: one thread runs Python code at a time (DESIGN.md, "Threads
 * and the GIL"; docs/performance.md, "Thread performance", for what a switch costs).
 *
 * <ul>
 * <li><b>Fair and direct.</b> Waiters queue in arrival order. Releasing hands the GIL
 *     straight to the longest waiter ({@code owner} is set for it before it wakes), so
 *     the releasing thread cannot barge back in: to run again it queues behind the others.
 * <li><b>Cheap.</b> Each waiter spins on a flag of its own {@link Waiter}, so a handoff
 *     between two running cores costs a few cache-line transfers, not a futex wake-up. A
 *     waiter that is not spinning is <em>away</em> (parked, or yielding the processor
 *     to another thread): a check point never hands the GIL to an away waiter, which
 *     could leave the GIL idle for a whole wake-up or time slice. It wakes the waiter
 *     instead ("wake-ahead") and keeps running until a later check point finds it
 *     spinning (or hands over anyway when that does not happen soon, see
 *     {@link #wokenLongAgo}). A release for a blocking call cannot wait and unparks the
 *     waiter directly.
 * <li><b>Check points.</b> The eval loop calls {@link #offer} every check interval; the
 *     GIL changes hands there when the longest waiter has waited at least the switch
 *     interval and is spinning.
 * <li><b>A minimum slice between CPU-bound threads.</b> A waiter that gave the GIL up at
 *     a check point (a CPU-bound thread: it wants the GIL back, not an event) gets it back
 *     only when the owner has held it for the minimum slice ({@link #DEFAULT_MIN_SLICE_NANOS},
 *     {@code -X minslice}). A handoff costs about 0.7 µs here (the handing over, and the
 *     cache lines the other core must fetch), and a check interval of 100 instructions
 *     takes about as long: handing over at every check point made two CPU-bound threads
 *     take 1.8 times as long as one after the other. A thread back from a blocking call
 *     (I/O, sleep, a lock) or just started is no such waiter: it still gets the GIL at
 *     the owner's next check point, so an I/O-bound thread's latency is unchanged.
 *     The spinning waiter itself watches the clock and says when the slice is over
 *     ({@code sliceOver}), so that a check point reads a field of the Gil, which changes
 *     once per slice, instead of the clock or the waiter's flags, which change as it spins.
 * <li><b>Observable.</b> Every acquire, release and handoff goes through
 *     {@link #note} with its {@link Reason}; a {@link Listener} (later: GIL timelines,
 *     seeded schedules) sees them when one is installed, at the cost of one null check
 *     otherwise.
 * </ul>
 * {@code owner} and the queue change under the monitor of {@code this}; {@code first} and
 * {@code waiting} mirror the queue for check points, which read them without the monitor
 * (only the owner removes waiters, so the owner's view of {@code first} is stable).
 */
public final class Gil {
    /** Why the GIL changed hands, for listeners. */
    public enum Reason { START, CHECK_INTERVAL, BLOCKING, RESUME, EXIT }

    /** Sees every transition; called by the thread making it, while nothing is locked. */
    public interface Listener {
        void acquired(ThreadState ts, Reason why);

        void released(ThreadState ts, ThreadState next, Reason why);
    }

    /**
     * The minimum slice: how long the owner keeps the GIL before a check point hands it to a
     * waiter that gave it up at a check point (ARCHITECTURE.md, "The minimum slice"). 20 µs
     * keeps the cost of switching between CPU-bound threads to a few per cent and still
     * switches tens of thousands of times a second.
     */
    public static final long DEFAULT_MIN_SLICE_NANOS = 20_000;
    /** How long the minimum slice may hold the GIL back when no waiter says it is over. */
    static final long MAX_SLICE_GATE_NANOS = 1_000_000;
    /** How long a new waiter spins before it parks (nanoseconds): a few check intervals. */
    static final long SPIN_NANOS = 20_000;
    /**
     * A thread that gave the GIL up at a check point cannot get it back before the switch
     * interval has passed: it spins through an interval up to this long (then parks, and
     * is woken ahead when its turn comes).
     */
    static final long MAX_INTERVAL_SPIN_NANOS = 200_000;
    /**
     * How long a waiter woken ahead spins for the handoff before it gives up and parks
     * again; then the next check point hands the GIL to it even though it is not spinning.
     */
    static final long WOKEN_SPIN_NANOS = 200_000;
    /** How long a check point keeps the GIL from a woken waiter that has not shown up spinning. */
    static final long MAX_WAKE_AHEAD_NANOS = 2_000_000;
    /**
     * Spin iterations ({@link Thread#onSpinWait}, about 12 ns each here) between two looks
     * at the clock, each followed by a yield. (Yielding only every eighth look made two
     * CPU-bound threads no faster and starting 10,000 threads 50% slower.)
     */
    static final int SPINS_PER_CLOCK = 200;

    /**
     * One thread's wait for the GIL. The waiter spins or parks on {@code granted}; the
     * releasing thread sets it. {@code away} and {@code granted} are written on opposite
     * sides and read on the other (volatile, so one of the two always sees the other's
     * write: no lost wake-up). A new Waiter per wait keeps old flags out of the way.
     */
    static final class Waiter {
        final ThreadState ts;
        final long since;
        /** Queued by a check point of its own (a CPU-bound thread): the minimum slice applies. */
        final boolean yielded;
        /** Yielded and spinning, so it watches the owner's slice; guarded by the Gil's monitor. */
        boolean watching;
        Waiter next;  // the queue; guarded by the Gil's monitor
        volatile boolean granted;
        /** Not spinning: parked, or yielding the processor. Written only by the waiter. */
        volatile boolean away;
        /** Set (once) by the owner when it wakes this waiter ahead of a handoff, at wokenAt. */
        volatile boolean woken;
        long wokenAt;
        /** Set by the waiter when, woken ahead, it spun {@link #WOKEN_SPIN_NANOS} in vain. */
        volatile boolean gaveUp;

        Waiter(ThreadState ts, long since, boolean yielded) {
            this.ts = ts;
            this.since = since;
            this.yielded = this.watching = yielded;
        }
    }

    private volatile ThreadState owner;
    private Waiter head, tail;
    /** The longest waiter ({@code head}), readable without the monitor. */
    private volatile Waiter first;
    /** Number of queued waiters, readable without the monitor. */
    private volatile int waiting;
    /** Nanoseconds a waiter must have waited before a check point hands over (switch interval). */
    private volatile long switchNanos;
    private volatile long minSliceNanos = DEFAULT_MIN_SLICE_NANOS;
    /** When the owner got the GIL; written (under the monitor) by whoever gives it to it. */
    private volatile long sliceStart;
    /** The {@code sliceStart} of the last slice a watching waiter found over. */
    private volatile long sliceOver = Long.MIN_VALUE;
    /** {@code first.watching}, readable without the monitor. */
    private volatile boolean firstWatching;
    private volatile Listener listener;

    public ThreadState owner() { return owner; }

    public boolean heldBy(ThreadState ts) { return owner == ts; }

    public void setListener(Listener l) { listener = l; }

    public void setSwitchInterval(double seconds) { switchNanos = (long) (seconds * 1e9); }

    public double switchInterval() { return switchNanos / 1e9; }

    /** Sets the minimum slice, at most {@link #MAX_INTERVAL_SPIN_NANOS}: a waiter parks after that. */
    public void setMinSlice(double seconds) { minSliceNanos = Math.min((long) (seconds * 1e9), MAX_INTERVAL_SPIN_NANOS); }

    public double minSlice() { return minSliceNanos / 1e9; }

    /** True when some thread waits for the GIL. */
    public boolean contended() { return waiting > 0; }

    /** Takes the GIL for ts, queueing behind earlier waiters. */
    public void acquire(ThreadState ts, Reason why) {
        Waiter w = null;
        synchronized (this) {
            if (owner == null && head == null) {
                owner = ts;
                sliceStart = System.nanoTime();
            } else {
                w = enqueue(ts, false);
            }
        }
        if (w != null) awaitTurn(w, SPIN_NANOS);
        note(ts, null, why, true);
    }

    /** Gives the GIL up: to the longest waiter, who owns it from this moment, or to nobody. */
    public void release(ThreadState ts, Reason why) {
        Waiter next;
        synchronized (this) {
            if (owner != ts) throw new IllegalStateException("GIL released by a thread that does not hold it");
            next = dequeue();
            owner = next == null ? null : next.ts;
            if (next != null) sliceStart = System.nanoTime();
        }
        note(ts, next == null ? null : next.ts, why, false);
        if (next != null) grant(next);
    }

    /**
     * A check point of ts (which holds the GIL): when the longest waiter has waited at
     * least the switch interval, is spinning and (if it gave the GIL up at a check point)
     * the minimum slice of ts is over, hands it the GIL and queues ts behind the waiters;
     * when it is away, wakes it so that a later check point can hand over. Returns whether
     * the GIL changed hands.
     */
    public boolean offer(ThreadState ts) {
        if (waiting == 0 || owner != ts) return false;
        Waiter w = first;
        if (w == null) return false;
        if (firstWatching && sliceOver != sliceStart && !sliceLongOver(ts)) return false;  // the minimum slice
        long interval = switchNanos;
        if (interval > 0 && System.nanoTime() - w.since < interval) return false;
        if (w.away && !w.gaveUp && !wokenLongAgo(w)) {
            if (!w.woken) {
                w.wokenAt = System.nanoTime();
                w.woken = true;
                LockSupport.unpark(w.ts.thread);
            }
            return false;
        }
        Waiter me;
        synchronized (this) {
            // the giver queues in the same step as it hands over: were it preempted between
            // the two, the receiver would find nobody waiting and keep the GIL, and threads
            // would no longer take strict turns
            w = dequeue();
            owner = w.ts;
            me = enqueue(ts, minSliceNanos > 0);
            sliceStart = me.since;
        }
        grant(w);
        note(ts, w.ts, Reason.CHECK_INTERVAL, false);
        long wait = Math.min(Math.max(interval, minSliceNanos), MAX_INTERVAL_SPIN_NANOS);
        awaitTurn(me, SPIN_NANOS + wait);
        note(ts, null, Reason.CHECK_INTERVAL, true);
        return true;
    }

    /**
     * True when the owner's slice began more than {@link #MAX_SLICE_GATE_NANOS} ago: the
     * watching waiter should have said so long since, but a waiter the OS does not run
     * cannot, and the owner must not keep the GIL on that account. Reads the clock only
     * at every 64th check point that the slice holds back (about every 64 µs).
     */
    private boolean sliceLongOver(ThreadState ts) {
        return (++ts.gatedCheckPoints & 63) == 0 && System.nanoTime() - sliceStart > MAX_SLICE_GATE_NANOS;
    }

    /**
     * An away waiter gets the GIL anyway when, woken ahead, it has spun in vain and given
     * up (check points are further apart than its spin), or when it has not been seen
     * spinning for {@link #MAX_WAKE_AHEAD_NANOS} after it was woken (the machine has no
     * core for it while the owner keeps one: a direct handoff frees the owner's core).
     */
    private static boolean wokenLongAgo(Waiter w) {
        return w.woken && System.nanoTime() - w.wokenAt > MAX_WAKE_AHEAD_NANOS;
    }

    private Waiter enqueue(ThreadState ts, boolean yielded) {
        long now = System.nanoTime();
        ts.gilWaitingSince = now;
        Waiter w = new Waiter(ts, now, yielded);
        if (tail == null) {
            head = tail = w;
            first = w;
            firstWatching = w.watching;
        } else {
            tail.next = w;
            tail = w;
        }
        waiting++;
        return w;
    }

    private Waiter dequeue() {
        Waiter w = head;
        if (w == null) return null;
        head = w.next;
        if (head == null) tail = null;
        w.next = null;
        first = head;
        firstWatching = head != null && head.watching;
        waiting--;
        return w;
    }

    /** Tells w it owns the GIL (owner is already set); wakes it if it is away. */
    private static void grant(Waiter w) {
        w.granted = true;
        if (w.away) LockSupport.unpark(w.ts.thread);
    }

    /**
     * Spins up to spinNanos, then parks, until the releasing thread has granted w the
     * GIL. A waiter that the owner wakes ahead of a handoff spins again (its turn is
     * next). An interrupt does not end the wait (it would make park return at once,
     * forever); it is kept.
     */
    private void awaitTurn(Waiter w, long spinNanos) {
        if (spinFor(w, spinNanos)) return;
        if (w.yielded) {
            synchronized (this) {  // parked, it no longer watches the slice: the wake-ahead takes over
                w.watching = false;
                if (first == w) firstWatching = false;
            }
        }
        boolean interrupted = false;
        while (true) {
            w.away = true;
            if (!w.granted) LockSupport.park(this);
            w.away = false;
            if (w.granted) break;
            if (Thread.interrupted()) interrupted = true;
            if (w.woken && !w.gaveUp) {
                if (spinFor(w, WOKEN_SPIN_NANOS)) break;
                w.gaveUp = true;  // the owner's check points are sparse: its next one hands over anyway
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * Spins up to nanos for the grant; true when it came. Every so often it looks at the
     * clock (and, yielded, says when the owner's minimum slice is over) and yields the
     * processor, marked away meanwhile: when the machine has no core to spare, the owner
     * may be waiting for this very one, and it must not hand the GIL to a thread that is
     * off the processor.
     */
    private boolean spinFor(Waiter w, long nanos) {
        long end = System.nanoTime() + nanos;
        for (int i = 1; ; i++) {
            if (w.granted) return true;
            if (i % SPINS_PER_CLOCK != 0) {
                Thread.onSpinWait();
                continue;
            }
            long now = System.nanoTime();
            if (w.yielded) {
                long start = sliceStart;
                if (sliceOver != start && now - start >= minSliceNanos) sliceOver = start;
            }
            if (now - end > 0) return w.granted;
            w.away = true;
            Thread.yield();
            w.away = false;
        }
    }

    private void note(ThreadState ts, ThreadState next, Reason why, boolean acquired) {
        Listener l = listener;
        if (l == null) return;
        if (acquired) l.acquired(ts, why);
        else l.released(ts, next, why);
    }
}
