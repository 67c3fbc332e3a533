package org.gilpy.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PySimpleNamespace;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code time} module: the clocks, {@code sleep}, and the calendar functions
 * (struct_time, gmtime, localtime, mktime, asctime, ctime, strftime, strptime) with
 * CPython 3.11's argument checks. The broken-down time is {@link TimeFields}; the local
 * zone is {@link LocalZone}; formatting and parsing are {@link Strftime} and
 * {@link Strptime}. {@code sleep} releases the GIL.
 */
public final class TimeModule {
    private TimeModule() {}

    /** perf_counter and monotonic count from here (any fixed origin is allowed). */
    private static final long ORIGIN = System.nanoTime();

    public static PyModule create() {
        PyModule m = new PyModule("time");
        TypeBuilder.moduleFunctions(TimeModule.class, m).forEach(m::put);
        m.put("struct_time", TimeFields.STRUCT_TIME);
        m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        String[] clocks = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
            "CLOCK_MONOTONIC_RAW", "", "", "CLOCK_BOOTTIME", "", "", "", "CLOCK_TAI"};
        for (int i = 0; i < clocks.length; i++) if (!clocks[i].isEmpty()) m.put(clocks[i], PyInt.of(i));
        putZone(m);
        return m;
    }

    /** timezone, altzone, daylight and tzname, from the local zone now. */
    private static void putZone(PyModule m) {
        Object[] c = LocalZone.constants();
        m.put("timezone", PyInt.of((Long) c[0]));
        m.put("altzone", PyInt.of((Long) c[1]));
        m.put("daylight", PyInt.of((Boolean) c[2] ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of((String) c[3]), PyStr.of((String) c[4])));
    }

    /** Re-reads the local zone; the JVM's default zone is fixed at start, so this only refreshes the constants. */
    @PyMethod
    public static void tzset() {
        PyObject mod = org.gilpy.vm.Interpreter.modules.get(PyStr.of("time"));
        if (mod instanceof PyModule m) putZone(m);
    }

    @PyMethod(optional = 1)
    public static PyObject gmtime(PyObject secs) {
        return TimeFields.fromEpoch(seconds(secs), 0, 0, "GMT").toStruct();
    }

    @PyMethod(optional = 1)
    public static PyObject localtime(PyObject secs) {
        return LocalZone.localtime(seconds(secs)).toStruct();
    }

    @PyMethod
    public static double mktime(PyObject t) {
        return LocalZone.mktime(TimeFields.fromTuple(t, "mktime"));
    }

    @PyMethod(optional = 1)
    public static String asctime(PyObject t) {
        TimeFields f = t == null ? LocalZone.localtime(seconds(null)) : TimeFields.fromTuple(t, "asctime");
        return f.checked().asctime();
    }

    @PyMethod(optional = 1)
    public static String ctime(PyObject secs) {
        return LocalZone.localtime(seconds(secs)).asctime();
    }

    @PyMethod(optional = 1)
    public static String strftime(PyObject format, PyObject t) {
        if (!(format instanceof PyStr fmt)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not %s", format.type.tpName());
        }
        TimeFields f = t == null ? LocalZone.localtime(seconds(null)) : TimeFields.fromTuple(t, "strftime");
        if (fmt.value.indexOf('\0') >= 0) throw PyErr.valueError("embedded null character");
        return Strftime.format(fmt.value, f.checked().clampedDst());
    }

    @PyMethod(optional = 1)
    public static PyObject strptime(PyObject string, PyObject format) {
        return Strptime.parse(string, format == null ? PyStr.of("%a %b %d %H:%M:%S %Y") : format).toStruct();
    }

    /** CPython's _PyTime_ObjectToTime_t with rounding down; None (or absent) means now. */
    static long seconds(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) return Math.floorDiv(System.currentTimeMillis(), 1000);
        if (secs instanceof PyFloat) {
            double d = PyFloat.asDouble(secs);
            if (Double.isNaN(d)) throw PyErr.valueError("Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) throw PyErr.overflowError("timestamp out of range for platform time_t");
            return (long) d;
        }
        PyInt i = Abstract.index(secs);
        if (i.big != null) throw PyErr.overflowError("timestamp out of range for platform time_t");
        return i.value;
    }

    @PyMethod
    public static PyObject get_clock_info(PyObject name) {
        String n = name instanceof PyStr s ? s.value : "";
        String impl = switch (n) {
            case "time" -> "CLOCK_REALTIME";
            case "monotonic", "perf_counter" -> "CLOCK_MONOTONIC";
            case "process_time" -> "CLOCK_PROCESS_CPUTIME_ID";
            case "thread_time" -> "CLOCK_THREAD_CPUTIME_ID";
            default -> throw PyErr.valueError("unknown clock");
        };
        java.util.Map<String, PyObject> info = new java.util.LinkedHashMap<>();
        info.put("implementation", PyStr.of("clock_gettime(" + impl + ")"));
        info.put("monotonic", PyBool.of(!n.equals("time")));
        info.put("adjustable", PyBool.of(n.equals("time")));
        info.put("resolution", PyFloat.of(1e-09));
        return PySimpleNamespace.of(info);
    }

    @PyMethod
    public static double clock_gettime(PyObject clock) {
        return clock_gettime_ns(clock) / 1e9;
    }

    @PyMethod
    public static long clock_gettime_ns(PyObject clock) {
        return switch (TimeFields.cInt(clock)) {
            case 0, 11 -> {
                java.time.Instant now = java.time.Instant.now();
                yield now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }
            case 1, 4, 7 -> monotonic_ns();
            case 2 -> process_time_ns();
            case 3 -> thread_time_ns();
            default -> throw PyErr.oserror(22, "Invalid argument");
        };
    }

    @PyMethod
    public static double clock_getres(PyObject clock) {
        clock_gettime_ns(clock);
        return 1e-09;
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
        long nanos = sleepNanos(secs);
        if (nanos < 0) throw PyErr.valueError("sleep length must be non-negative");
        if (nanos == 0) {   // just lets a waiting thread run
            org.gilpy.vm.Blocking.call(() -> {
                Thread.yield();
                return null;
            });
            return;
        }
        // the GIL is released while sleeping; a signal handler that returns lets the sleep go on (PEP 475)
        long deadline = System.nanoTime() + nanos;
        org.gilpy.vm.Blocking.interruptibly(() -> {
            long left = deadline - System.nanoTime();
            if (left > 0) Thread.sleep(java.time.Duration.ofNanos(left));
            return null;
        });
    }

    /** CPython's _PyTime_FromSecondsObject: a float or an int as nanoseconds, with its errors. */
    static long sleepNanos(PyObject secs) {
        if (secs instanceof PyFloat) {
            double d = PyFloat.asDouble(secs);
            if (Double.isNaN(d)) throw PyErr.valueError("Invalid value NaN (not a number)");
            double ns = d * 1e9;
            if (!(ns >= -0x1p63 && ns < 0x1p63)) throw PyErr.overflowError("timestamp out of range for platform time_t");
            return (long) Math.ceil(ns);
        }
        PyInt i = Abstract.index(secs);
        if (i.big != null || Math.abs(i.value) > Long.MAX_VALUE / 1_000_000_000L) {
            throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return i.value * 1_000_000_000L;
    }
}
