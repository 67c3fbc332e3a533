package org.gilpy.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gilpy.vm.ThreadState;

/**
 * The interval timers of {@code signal.setitimer}/{@code getitimer}; {@code alarm} is
 * ITIMER_REAL too, as in Linux, so each sees what the other set.
 *
 * <p>ITIMER_REAL counts wall-clock time on a scheduler thread. ITIMER_VIRTUAL and
 * ITIMER_PROF count CPU time, which the JVM only gives per thread: the user time
 * (VIRTUAL) and the user plus system time (PROF) of the threads running Python code,
 * read from {@link ThreadMXBean} every {@link #SAMPLE_MS} ms while such a timer is armed.
 * They leave out the JVM's own threads (compiler, collector) that the kernel would count
 * for the process, and expire up to one sample late. An expiry sends SIGALRM, SIGVTALRM
 * or SIGPROF as the kernel would ({@link SignalModule#deliver}).
 *
 * <p>Values are microseconds, as the kernel's timeval; everything is guarded by the class.
 */
final class Itimers {
    private Itimers() {}

    static final int REAL = 0, VIRTUAL = 1, PROF = 2;
    private static final int[] SIGNAL = {14, 26, 27};   // SIGALRM, SIGVTALRM, SIGPROF
    private static final long SAMPLE_MS = 10;
    /** The longest time a timer keeps (about 73 years), so that deadlines in nanoseconds cannot overflow. */
    static final long MAX_MICROS = Long.MAX_VALUE / 4000;

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gilpy-itimer");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final boolean[] armed = new boolean[3];
    /** When each armed timer expires: REAL in System.nanoTime, the others in {@link #consumed} nanoseconds. */
    private static final long[] expiry = new long[3];
    /** Each timer's reload interval in nanoseconds (a whole number of microseconds); 0: one shot. */
    private static final long[] interval = new long[3];
    /** CPU nanoseconds used by Python threads since sampling began: [VIRTUAL] user, [PROF] user + system. */
    private static final long[] consumed = new long[3];
    /** Per Java thread id: its {user, cpu} nanoseconds at the last sample. */
    private static final Map<Long, long[]> lastSeen = new HashMap<>();
    private static ScheduledFuture<?> realTask, sampler;
    /** Bumped whenever the real timer is set, so that a stale firing does nothing. */
    private static long realGeneration;

    /**
     * Arms timer which for value µs (0 disarms), then every intervalUs µs; returns the old
     * {value, interval} in µs.
     */
    static synchronized long[] set(int which, long valueUs, long intervalUs) {
        long[] old = get(which);
        long now = System.nanoTime();
        armed[which] = valueUs > 0;
        interval[which] = armed[which] ? intervalUs * 1000 : 0;   // a disarmed timer keeps no interval
        if (which == REAL) {
            realGeneration++;
            if (realTask != null) realTask.cancel(false);
            realTask = null;
            if (armed[REAL]) {
                expiry[REAL] = now + valueUs * 1000;
                scheduleReal(valueUs * 1000);
            }
        } else {
            if (armed[which]) {
                if (sampler == null) {
                    lastSeen.clear();   // counting starts now
                    sampler = CLOCK.scheduleWithFixedDelay(Itimers::tick, SAMPLE_MS, SAMPLE_MS, TimeUnit.MILLISECONDS);
                }
                sample();
                expiry[which] = consumed[which] + valueUs * 1000;
            } else if (!armed[VIRTUAL] && !armed[PROF] && sampler != null) {
                sampler.cancel(false);
                sampler = null;
            }
        }
        return old;
    }

    /** Timer which's {value left, interval} in µs; an armed timer has at least 1 µs left. */
    static synchronized long[] get(int which) {
        if (!armed[which]) return new long[] {0, interval[which] / 1000};
        long left;
        if (which == REAL) {
            left = expiry[REAL] - System.nanoTime();
        } else {
            sample();
            left = expiry[which] - consumed[which];
        }
        return new long[] {Math.max(1, left / 1000), interval[which] / 1000};
    }

    private static void scheduleReal(long delayNanos) {
        long generation = realGeneration;
        realTask = CLOCK.schedule(() -> realFired(generation), Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private static void realFired(long generation) {
        synchronized (Itimers.class) {
            if (generation != realGeneration || !armed[REAL]) return;
            reload(REAL, System.nanoTime());
            if (armed[REAL]) scheduleReal(expiry[REAL] - System.nanoTime());
            else realTask = null;
        }
        SignalModule.deliver(SIGNAL[REAL], null, SignalMasks.FROM_KERNEL);
    }

    /** After an expiry at `now`: the next one a whole number of intervals on (signals that fall together merge), or disarmed. */
    private static void reload(int which, long now) {
        long step = interval[which];
        if (step == 0) {
            armed[which] = false;
            return;
        }
        long late = now - expiry[which];
        expiry[which] += (late / step + 1) * step;
    }

    /** The CPU timers' sampler: adds the CPU time used since the last sample, then fires what expired. */
    private static void tick() {
        boolean[] fire = new boolean[3];
        synchronized (Itimers.class) {
            sample();
            for (int w = VIRTUAL; w <= PROF; w++) {
                if (armed[w] && consumed[w] >= expiry[w]) {
                    fire[w] = true;
                    reload(w, consumed[w]);
                }
            }
            if (!armed[VIRTUAL] && !armed[PROF] && sampler != null) {
                sampler.cancel(false);
                sampler = null;
            }
        }
        for (int w = VIRTUAL; w <= PROF; w++) if (fire[w]) SignalModule.deliver(SIGNAL[w], null, SignalMasks.FROM_KERNEL);
    }

    /** Reads the CPU times of the threads running Python code and adds what each used since it was last seen. */
    private static void sample() {
        Map<Long, long[]> seen = new HashMap<>();
        for (ThreadState ts : ThreadState.live()) {
            long id = ts.thread.threadId();
            long user = THREADS.getThreadUserTime(id), cpu = THREADS.getThreadCpuTime(id);
            if (user < 0 || cpu < 0) continue;   // ended meanwhile
            long[] before = lastSeen.get(id);
            if (before != null) {
                consumed[VIRTUAL] += Math.max(0, user - before[0]);
                consumed[PROF] += Math.max(0, cpu - before[1]);
            }
            seen.put(id, new long[] {user, cpu});
        }
        lastSeen.clear();
        lastSeen.putAll(seen);
    }
}
