package org.gilpy.modules;

import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyType;

/**
 * {@code _thread.RLock}: a lock its owner may take again; it is free when the owner has
 * released it as many times as it took it. Built on {@link PyLock}, so waits release the GIL.
 */
public final class PyRLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("RLock", PyRLock.class, PyType.OBJECT, t -> new PyRLock(t));

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_thread"));
    }

    private final PyLock lock = new PyLock();
    /** The owning thread's ident (0 when free) and how often it holds the lock. Only the owner writes them. */
    private volatile long owner;
    private int count;

    PyRLock(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyRLock(cls);
    }

    @PyMethod
    public boolean acquire(PyObject[] args, String[] kwnames) {
        long me = ThreadModule.ident();
        if (args.length == 0) return acquire(me, true, -1);  // the common call, no parsing
        PyObject[] a = ArgParser.parse("acquire", args, kwnames, new String[] {"blocking", "timeout"}, 0);
        return acquire(me, a[0] == null || org.gilpy.objects.Abstract.isTrue(a[0]), PyLock.timeoutArg(a[0], a[1]));
    }

    private boolean acquire(long me, boolean blocking, double timeout) {
        if (owner == me) {
            count++;
            return true;
        }
        if (!lock.acquire(blocking, timeout)) return false;
        owner = me;
        count = 1;
        return true;
    }

    @PyMethod
    public void release() {
        if (owner != ThreadModule.ident() || count == 0) throw PyErr.runtimeError("cannot release un-acquired lock");
        if (--count == 0) {
            owner = 0;
            lock.release();
        }
    }

    @PyMethod
    public boolean _is_owned() { return owner == ThreadModule.ident() && count > 0; }

    /** For Condition.wait: gives the lock up completely, returning (count, owner). */
    @PyMethod
    public PyObject _release_save() {
        if (count == 0) throw PyErr.runtimeError("cannot release un-acquired lock");
        PyObject state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
        count = 0;
        owner = 0;
        lock.release();
        return state;
    }

    /** For Condition.wait: takes the lock again with the saved (count, owner). */
    @PyMethod
    public void _acquire_restore(PyObject state) {
        lock.acquire(true, -1);
        PyTuple t = (PyTuple) state;
        count = PyInt.asInt(t.get(0));
        owner = PyInt.asLong(t.get(1));
    }

    @PyMethod
    public boolean __enter__() {
        return acquire(ThreadModule.ident(), true, -1);
    }

    @PyMethod
    public void __exit__(PyObject[] args, String[] kwnames) { release(); }

    @PyMethod
    public String __repr__() {
        return "<" + (lock.locked() ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner
                + " count=" + count + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
