package org.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The GIL on its own, with Java threads standing in for Python threads. */
class GilTest {
    /** Runs body on a new thread with its own ThreadState; returns the started thread. */
    static Thread start(Gil gil, List<ThreadState> states, Runnable body) {
        Thread t = new Thread(() -> {
            states.add(ThreadState.current());
            body.run();
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Starts a thread that takes the GIL, runs body with it, and gives it back. */
    static Thread startTurn(Gil gil, List<ThreadState> states, Runnable body) {
        return start(gil, states, () -> {
            gil.acquire(ThreadState.current(), Gil.Reason.START);
            body.run();
            gil.release(ThreadState.current(), Gil.Reason.EXIT);
        });
    }

    static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out");
            Thread.sleep(1);
        }
    }

    @Test
    void onlyTheOwnerRunsAndEveryoneGetsATurn() throws Exception {
        Gil gil = new Gil();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        long[] counter = {0};
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            threads.add(start(gil, states, () -> {
                ThreadState ts = ThreadState.current();
                gil.acquire(ts, Gil.Reason.START);
                for (int i = 0; i < 20_000; i++) {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    counter[0]++;  // unsynchronized: the GIL alone must make this exact
                    inside.decrementAndGet();
                    if (i % 100 == 0) gil.offer(ts);
                }
                gil.release(ts, Gil.Reason.EXIT);
            }));
        }
        for (Thread t : threads) t.join(20_000);
        assertEquals(80_000, counter[0]);
        assertEquals(1, maxInside.get());
        assertNull(gil.owner());
    }

    @Test
    void releaseHandsTheGilToTheLongestWaiterWithoutBarging() throws Exception {
        Gil gil = new Gil();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch mainHolds = new CountDownLatch(1);
        ThreadState[] main = new ThreadState[1];
        Thread holder = start(gil, states, () -> {
            main[0] = ThreadState.current();
            gil.acquire(main[0], Gil.Reason.START);
            mainHolds.countDown();
        });
        holder.join();
        mainHolds.await();
        // the holder's thread has ended but its state still owns the GIL: hand it over by hand
        Thread a = startTurn(gil, states, () -> order.add("a"));
        waitFor(gil::contended);
        Thread b = startTurn(gil, states, () -> order.add("b"));
        waitFor(() -> states.size() == 3);
        Thread.sleep(20);
        gil.release(main[0], Gil.Reason.EXIT);
        a.join(10_000);
        b.join(10_000);
        assertEquals(List.of("a", "b"), order);
    }

    @Test
    void offerKeepsTheGilWithoutWaitersOrBeforeTheSwitchInterval() throws Exception {
        Gil gil = new Gil();
        ThreadState ts = ThreadState.current();
        gil.acquire(ts, Gil.Reason.START);
        assertFalse(gil.offer(ts));
        gil.setSwitchInterval(60);
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        Thread w = startTurn(gil, states, () -> { });
        waitFor(gil::contended);
        assertFalse(gil.offer(ts), "the waiter has not waited 60 s");
        gil.setSwitchInterval(0);
        // the waiter has parked by now: the first offer wakes it, a later one hands over
        waitFor(() -> gil.offer(ts));
        assertTrue(gil.heldBy(ts), "ts has the GIL back after queueing behind the waiter");
        w.join(10_000);
        gil.release(ts, Gil.Reason.EXIT);
    }

    @Test
    void aCheckPointWakesAParkedWaiterAheadAndKeepsTheGilUntilItIsAwake() throws Exception {
        Gil gil = new Gil();
        ThreadState ts = ThreadState.current();
        gil.acquire(ts, Gil.Reason.START);
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Thread w = startTurn(gil, states, () -> order.add("waiter ran"));
        waitFor(gil::contended);
        waitFor(() -> w.getState() == Thread.State.WAITING);  // spun, then parked
        assertFalse(gil.offer(ts), "a parked waiter is only woken");
        assertTrue(gil.heldBy(ts));
        assertEquals(List.of(), order);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean handed = false;
        while (!handed && System.nanoTime() < end) handed = gil.offer(ts);  // check points, as the eval loop makes them
        assertTrue(handed, "the woken waiter spins, and a check point hands it the GIL");
        assertEquals(List.of("waiter ran"), order);
        assertTrue(gil.heldBy(ts));
        w.join(10_000);
        gil.release(ts, Gil.Reason.EXIT);
    }

    @Test
    void sparseCheckPointsStillHandOverToAWaiterThatWentBackToSleep() throws Exception {
        Gil gil = new Gil();
        ThreadState ts = ThreadState.current();
        gil.acquire(ts, Gil.Reason.START);
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        Thread w = startTurn(gil, states, () -> { });
        waitFor(() -> w.getState() == Thread.State.WAITING);
        int offers = 0;
        boolean handed = false;
        while (!handed && offers < 100) {
            handed = gil.offer(ts);  // check points 5 ms apart: longer than a woken waiter spins
            offers++;
            if (!handed) Thread.sleep(5);
        }
        assertTrue(handed, "no handoff after 100 check points");
        assertTrue(offers <= 3, "took " + offers + " check points");
        w.join(10_000);
        gil.release(ts, Gil.Reason.EXIT);
    }

    /**
     * Two threads taking turns at check points (CPU-bound threads): each keeps the GIL for
     * the minimum slice before the other gets it back. The handoffs after the first (which
     * goes to a newly started thread, not a yielded one) are at least a slice apart, so
     * the time from just before the first of them to just after the last is at least
     * (handoffs - 1) slices.
     */
    @Test
    void cpuBoundThreadsKeepTheGilForTheMinimumSlice() throws Exception {
        Gil gil = new Gil();
        gil.setMinSlice(1);
        assertEquals(Gil.MAX_INTERVAL_SPIN_NANOS / 1e9, gil.minSlice(), "the slice is cut to the spin");
        long slice = Gil.MAX_INTERVAL_SPIN_NANOS;
        int handoffs = 20;
        long[] firstOffer = {0}, lastHandoff = {0};
        int[] count = {0};
        List<ThreadState> states = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(2);
        Runnable body = () -> {
            ThreadState ts = ThreadState.current();
            started.countDown();
            gil.acquire(ts, Gil.Reason.START);
            while (count[0] < handoffs) {  // count, firstOffer, lastHandoff: under the GIL
                long before = System.nanoTime();
                if (!gil.offer(ts)) continue;
                if (count[0] == 1) firstOffer[0] = before;  // the first handoff to a yielded waiter
                count[0]++;
                lastHandoff[0] = System.nanoTime();
            }
            gil.release(ts, Gil.Reason.EXIT);
        };
        Thread a = start(gil, states, body), b = start(gil, states, body);
        started.await();
        a.join(20_000);
        b.join(20_000);
        assertTrue(count[0] >= handoffs, "only " + count[0] + " handoffs");
        long elapsed = lastHandoff[0] - firstOffer[0];
        assertTrue(elapsed >= (handoffs - 2) * slice, "handoffs " + elapsed + " ns apart in all");
    }

    @Test
    void listenerSeesEveryTransitionWithItsReason() {
        Gil gil = new Gil();
        List<String> events = new ArrayList<>();
        gil.setListener(new Gil.Listener() {
            public void acquired(ThreadState ts, Gil.Reason why) { events.add("acquire " + why); }

            public void released(ThreadState ts, ThreadState next, Gil.Reason why) {
                events.add("release " + why + (next == null ? " to nobody" : " to a waiter"));
            }
        });
        ThreadState ts = ThreadState.current();
        gil.acquire(ts, Gil.Reason.START);
        gil.release(ts, Gil.Reason.BLOCKING);
        assertEquals(List.of("acquire START", "release BLOCKING to nobody"), events);
    }

    @Test
    void releasingAGilOneDoesNotHoldIsAnError() {
        Gil gil = new Gil();
        assertThrows(IllegalStateException.class, () -> gil.release(ThreadState.current(), Gil.Reason.EXIT));
    }
}
