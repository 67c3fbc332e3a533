package org.gilpy.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code time} module: the clocks and {@code sleep} (which releases the GIL). The
 * calendar functions (struct_time, localtime, strftime...) come with the thread-system issue.
 */
public final class TimeModule {
    private TimeModule() {}

    /** perf_counter and monotonic count from here (any fixed origin is allowed). */
    private static final long ORIGIN = System.nanoTime();

    public static PyModule create() {
        PyModule m = new PyModule("time");
        TypeBuilder.moduleFunctions(TimeModule.class, m).forEach(m::put);
        return m;
    }

    @PyMethod
    public static double time() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @PyMethod
    public static PyObject time_ns() {
        java.time.Instant now = java.time.Instant.now();
        return PyInt.of(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(now.getNano())));
    }

    @PyMethod
    public static double monotonic() { return (System.nanoTime() - ORIGIN) / 1e9; }

    @PyMethod
    public static long monotonic_ns() { return System.nanoTime() - ORIGIN; }

    @PyMethod
    public static double perf_counter() { return monotonic(); }

    @PyMethod
    public static long perf_counter_ns() { return monotonic_ns(); }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the whole process (all threads), as CPython's process_time. */
    @PyMethod
    public static double process_time() { return process_time_ns() / 1e9; }

    @PyMethod
    public static long process_time_ns() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return THREADS.getCurrentThreadCpuTime();
    }

    @PyMethod
    public static double thread_time() { return thread_time_ns() / 1e9; }

    @PyMethod
    public static long thread_time_ns() { return THREADS.getCurrentThreadCpuTime(); }

    /** Sleeps secs seconds (a float); ValueError when negative. */
    @PyMethod
    public static void sleep(PyObject secs) {
        double s = PyFloat.asDouble(secs);
        if (Double.isNaN(s)) throw PyErr.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw PyErr.valueError("sleep length must be non-negative");
        long nanos = (long) (s * 1e9);
        // the GIL is released while sleeping; sleep(0) just lets a waiting thread run
        boolean interrupted = org.gilpy.vm.Blocking.call(() -> {
            try {
                if (nanos == 0) Thread.yield();
                else Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        });
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw PyErr.withArgs(PyExc.KeyboardInterrupt);
        }
    }
}
