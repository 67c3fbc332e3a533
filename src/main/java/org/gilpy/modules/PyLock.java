package org.gilpy.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * {@code _thread.lock} (LockType): a binary semaphore that any thread may release. A
 * free lock is taken without giving up the GIL; a wait releases it through
 * {@link Blocking}, as every blocking call does.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("lock", PyLock.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_thread"));
        TYPE.baseType = false;
    }

    /** The largest timeout accepted, in seconds (CPython's PY_TIMEOUT_MAX on Linux). */
    static final double TIMEOUT_MAX = 9223372036.0;

    private final Semaphore permit = new Semaphore(1);

    public PyLock() {
        super(TYPE);
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyLock();
    }

    /** acquire(blocking=True, timeout=-1): True when the lock was taken. */
    @PyMethod
    public boolean acquire(PyObject[] args, String[] kwnames) {
        if (args.length == 0) return permit.tryAcquire() || acquire(true, -1);  // the common call, no parsing
        PyObject[] a = ArgParser.parse("acquire", args, kwnames, new String[] {"blocking", "timeout"}, 0);
        return acquire(a[0] == null || org.gilpy.objects.Abstract.isTrue(a[0]), timeoutArg(a[0], a[1]));
    }

    /** Converts and checks acquire's timeout: -1 for none, else seconds. */
    static double timeoutArg(PyObject blocking, PyObject timeout) {
        double t = timeout == null || timeout == PyNone.NONE ? -1 : PyFloat.asDouble(timeout);
        boolean blocks = blocking == null || org.gilpy.objects.Abstract.isTrue(blocking);
        if (!blocks && t != -1) throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        if (t < 0 && t != -1) throw PyErr.valueError("timeout value must be positive");
        if (t > TIMEOUT_MAX) throw PyErr.overflowError("timeout value is too large");
        return t;
    }

    boolean acquire(boolean blocking, double timeout) {
        if (permit.tryAcquire()) return true;
        if (!blocking) return false;
        if (timeout < 0) {
            Blocking.interruptibly(() -> {
                if (!spinAcquire(SPIN_NANOS)) permit.acquire();
                return null;
            });
            return true;
        }
        // a signal handler that returns lets the wait go on until the deadline
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        return Blocking.interruptibly(() -> spinAcquire(Math.min(deadline - System.nanoTime(), SPIN_NANOS))
                || permit.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
    }

    /** How long a blocked acquire spins (without the GIL) before it parks. */
    static final long SPIN_NANOS = 20_000;

    /**
     * Spins up to nanos for the lock: under the GIL, a lock is typically released within
     * a few check intervals by a thread that is running, and catching that saves a park
     * and an unpark (tens of microseconds on a virtual machine). After the first
     * microsecond or so it also yields, so that a thread sharing this core can run.
     */
    private boolean spinAcquire(long nanos) {
        long end = System.nanoTime() + nanos;
        for (int i = 0; ; i++) {
            if (permit.availablePermits() > 0 && permit.tryAcquire()) return true;
            if (i < 200) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
                if (System.nanoTime() - end > 0) return false;
            }
        }
    }

    @PyMethod
    public void release() {
        if (permit.availablePermits() > 0) throw PyErr.runtimeError("release unlocked lock");
        permit.release();
    }

    @PyMethod
    public boolean locked() { return permit.availablePermits() == 0; }

    @PyMethod
    public boolean acquire_lock(PyObject[] args, String[] kwnames) { return acquire(args, kwnames); }

    @PyMethod
    public void release_lock() { release(); }

    @PyMethod
    public boolean locked_lock() { return locked(); }

    @PyMethod
    public boolean __enter__() { return acquire(true, -1); }

    @PyMethod
    public void __exit__(PyObject[] args, String[] kwnames) { release(); }

    @PyMethod
    public String __repr__() {
        return "<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
