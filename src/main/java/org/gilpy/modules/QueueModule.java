package org.gilpy.modules;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * {@code _queue}: the {@code SimpleQueue} and {@code Empty} that {@code queue.py} re-exports.
 * CPython writes SimpleQueue in C because ThreadPoolExecutor's work queue and every
 * producer/consumer program go through it; a Python version over a semaphore costs
 * twenty times more per item. put never blocks; a get that finds the queue empty waits
 * without the GIL (a signal in the main thread interrupts it, as any wait).
 */
public final class QueueModule {
    private QueueModule() {}

    public static final PyType EMPTY = PyType.builtinSubclass("Empty", PyExc.Exception);

    static {
        EMPTY.dict().put(PyStr.of("__module__"), PyStr.of("_queue"));
        EMPTY.dict().put(PyStr.of("__doc__"), PyStr.of("Exception raised by Queue.get(block=0)/get_nowait()."));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_queue");
        m.put("__doc__", PyStr.of("C implementation of the Python queue module.\n"
                + "This module is an implementation detail, please do not use it directly."));
        m.put("Empty", EMPTY);
        m.put("SimpleQueue", SimpleQueue.TYPE);
        return m;
    }

    /** {@code _queue.SimpleQueue}: an unbounded FIFO without task tracking. */
    public static final class SimpleQueue extends PyObject {
        public static final PyType TYPE = PyType.builtin("SimpleQueue", SimpleQueue.class, PyType.OBJECT,
                SimpleQueue::new);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_queue"));
            TYPE.dict().put(PyStr.of("__doc__"), PyStr.of("Simple, unbounded, reentrant FIFO queue."));
            PyGenericAlias.installClassGetItem(TYPE);
        }

        /** How long a get on an empty queue polls (without the GIL) before it parks: a
         * producer holding the GIL typically puts within a check interval or two. */
        private static final long SPIN_NANOS = 20_000;
        private static final String[] PUT = {"item", "block", "timeout"};
        private static final String[] GET = {"block", "timeout"};
        private static final String[] ITEM = {"item"};

        private final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();
        private PyDict dict;

        public SimpleQueue(PyType type) {
            super(type);
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
            if (cls == TYPE) {
                int npos = ArgParser.npos(args, kwnames);
                if (npos > 0) throw PyErr.typeError("SimpleQueue() takes no positional arguments");
                if (args.length > npos) throw PyErr.typeError("SimpleQueue() takes no keyword arguments");
            }
            return new SimpleQueue(cls);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type != TYPE) dict = new PyDict();
            return dict;
        }

        /** put(item, block=True, timeout=None): block and timeout exist for Queue's signature. */
        @PyMethod
        public void put(PyObject[] args, String[] kwnames) {
            PyObject item = args.length == 1 && kwnames == null ? args[0]
                    : ArgParser.parse("put", args, kwnames, PUT, 1)[0];
            items.offer(item);
        }

        @PyMethod
        public void put_nowait(PyObject[] args, String[] kwnames) {
            if (args.length > 1) throw PyErr.typeError("put_nowait() takes at most 1 argument (%d given)", args.length);
            items.offer(ArgParser.parse("put_nowait", args, kwnames, ITEM, 1)[0]);
        }

        /** get(block=True, timeout=None). */
        @PyMethod
        public PyObject get(PyObject[] args, String[] kwnames) {
            PyObject v = items.poll();
            if (v != null && args.length == 0) return v;
            PyObject[] a = ArgParser.parse("get", args, kwnames, GET, 0);
            boolean block = a[0] == null || Abstract.isTrue(a[0]);
            double timeout = -1;
            if (block && a[1] != null && a[1] != PyNone.NONE) {
                timeout = seconds(a[1]);
                if (timeout < 0) throw PyErr.valueError("'timeout' must be a non-negative number");
            }
            if (v != null) return v;
            if (!block) throw PyErr.withArgs(EMPTY);
            v = await(timeout);
            if (v == null) throw PyErr.withArgs(EMPTY);
            return v;
        }

        @PyMethod
        public PyObject get_nowait() {
            PyObject v = items.poll();
            if (v == null) throw PyErr.withArgs(EMPTY);
            return v;
        }

        @PyMethod
        public boolean empty() { return items.isEmpty(); }

        @PyMethod
        public int qsize() { return items.size(); }

        /** Waits without the GIL for an item; null when timeout (seconds, -1: none) ran out. */
        private PyObject await(double timeout) {
            long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
            return Blocking.interruptibly(() -> {
                long spinEnd = System.nanoTime() + SPIN_NANOS;
                for (int i = 0; ; i++) {
                    PyObject v = items.poll();
                    if (v != null) return v;
                    if (i < 200) {
                        Thread.onSpinWait();
                    } else {
                        Thread.yield();
                        if (System.nanoTime() - spinEnd > 0) break;
                    }
                    if (timeout >= 0 && System.nanoTime() - deadline > 0) return null;
                }
                if (timeout < 0) return items.take();
                return items.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            });
        }

        /** A timeout in seconds as CPython's _PyTime conversion takes it. */
        private static double seconds(PyObject t) {
            double d;
            if (t instanceof PyFloat f) {
                d = f.value;
                if (Double.isNaN(d)) throw PyErr.valueError("Invalid value NaN (not a number)");
            } else {
                PyInt i = Abstract.index(t);
                if (i.big != null) throw PyErr.overflowError("timestamp out of range for platform time_t");
                d = i.value;
            }
            if (Math.abs(d) > 9.2e9) throw PyErr.overflowError("timestamp out of range for platform time_t");
            return d;
        }
    }
}
