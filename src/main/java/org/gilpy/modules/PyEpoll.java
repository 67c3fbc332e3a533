package org.gilpy.modules;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.modules.io.Endpoint;
import org.gilpy.modules.io.Readiness;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code select.epoll}, level-triggered: an interest list of descriptors and event
 * masks, waited on through {@link SelectModule#waitReady}. EPOLLONESHOT disables a
 * descriptor once it has been reported (until {@code modify}); edge-triggered mode
 * (EPOLLET) is not offered. EPOLLEXCLUSIVE promises that "one or more" of the epoll
 * objects waiting on a descriptor wake up; gilpy wakes them all, which keeps that promise,
 * and checks its use as Linux does (EINVAL with other events than IN, OUT, ERR and HUP,
 * and in modify). A descriptor closed while registered drops out of the list,
 * as the kernel does. The epoll object has a descriptor of its own (readable when a
 * registered descriptor is ready), so it can itself be selected on.
 */
public final class PyEpoll extends PyObject {
    public static final PyType TYPE = PyType.builtin("epoll", PyEpoll.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("select"));
    }

    static final int EPOLLONESHOT = 1 << 30, EPOLLEXCLUSIVE = 1 << 28, EPOLL_CLOEXEC = 524288;
    /** What Linux lets EPOLLEXCLUSIVE go with: IN, OUT, ERR, HUP (and EPOLLWAKEUP, EPOLLET). */
    private static final int EXCLUSIVE_OK = EPOLLEXCLUSIVE | 1 | 4 | 8 | 16 | 1 << 29 | 1 << 31;

    /** fd to event mask; a mask of 0 is a disabled one-shot entry. Guarded by the GIL. */
    private final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private int fd = -1;

    PyEpoll(PyType type) {
        super(type);
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("epoll", args, kwnames, new String[] {"sizehint", "flags"}, 0);
        long hint = a[0] == null ? -1 : PyInt.asLong(a[0]);
        if (hint != -1 && hint <= 0) throw PyErr.valueError("negative sizehint");
        long flags = a[1] == null ? 0 : PyInt.asLong(a[1]);
        if (flags != 0 && flags != EPOLL_CLOEXEC) throw PyErr.format(PyExc.OSError, "invalid flags");
        PyEpoll e = new PyEpoll(cls);
        e.fd = Descriptors.register(e.new Own());
        return e;
    }

    private void checkOpen() {
        if (fd < 0) throw PyErr.valueError("I/O operation on closed epoll object");
    }

    @PyGetter("closed")
    public boolean closed() { return fd < 0; }

    @PyMethod
    public long fileno() {
        checkOpen();
        return fd;
    }

    @PyMethod
    public void close() {
        if (fd < 0) return;
        int f = fd;
        fd = -1;
        fds.clear();
        Descriptors.close(f);
    }

    @PyMethod
    public PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    public void __exit__(PyObject[] args, String[] kwnames) { close(); }

    /** A registered descriptor argument: open (EBADF otherwise). */
    private int openFd(PyObject o) {
        int f = SelectModule.fdOf(o);
        if (Descriptors.readiness(f) == null) throw PyErr.oserrorFromErrno(PyOSError.EBADF, null);
        return f;
    }

    private static int mask(PyObject m) {
        return m == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : (int) PyInt.asLong(m);
    }

    @PyMethod(optional = 1)
    public void register(PyObject fdArg, PyObject eventmask) {
        checkOpen();
        int f = openFd(fdArg);
        int m = mask(eventmask);
        if ((m & EPOLLEXCLUSIVE) != 0 && (m & ~EXCLUSIVE_OK) != 0) throw PyErr.oserrorFromErrno(PyOSError.EINVAL, null);
        dropClosed();
        if (fds.containsKey(f)) throw PyErr.oserrorFromErrno(PyOSError.EEXIST, null);
        fds.put(f, m);
    }

    @PyMethod
    public void modify(PyObject fdArg, PyObject eventmask) {
        checkOpen();
        int f = openFd(fdArg);
        int m = mask(eventmask);
        if ((m & EPOLLEXCLUSIVE) != 0) throw PyErr.oserrorFromErrno(PyOSError.EINVAL, null);
        dropClosed();
        if (!fds.containsKey(f)) throw PyErr.oserrorFromErrno(PyOSError.ENOENT, null);
        if ((fds.get(f) & EPOLLEXCLUSIVE) != 0) throw PyErr.oserrorFromErrno(PyOSError.EINVAL, null);
        fds.put(f, m);
    }

    @PyMethod
    public void unregister(PyObject fdArg) {
        checkOpen();
        int f = openFd(fdArg);
        dropClosed();
        if (fds.remove(f) == null) throw PyErr.oserrorFromErrno(PyOSError.ENOENT, null);
    }

    /** Forgets descriptors that were closed since they were registered. */
    private void dropClosed() {
        fds.keySet().removeIf(f -> Descriptors.readiness(f) == null);
    }

    /** poll(timeout=None, maxevents=-1): [(fd, events)]; timeout in seconds, None or negative for ever. */
    @PyMethod
    public PyObject poll(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("poll", args, kwnames, new String[] {"timeout", "maxevents"}, 0);
        checkOpen();
        long deadline;
        PyObject t = a[0];
        if (t == null || t == PyNone.NONE) {
            deadline = Long.MAX_VALUE;
        } else {
            double s;
            if (t instanceof PyFloat) s = PyFloat.asDouble(t);
            else if (t instanceof PyInt || t.type.lookup("__index__") != null) s = Abstract.index(t).value;
            else throw PyErr.typeError("timeout must be an integer or None");
            deadline = s < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) Math.min(Math.ceil(s * 1e3) * 1e6, 1e18);
        }
        long max = a[1] == null ? -1 : PyInt.asLong(a[1]);
        if (max == -1) max = Integer.MAX_VALUE;
        else if (max <= 0) throw PyErr.valueError("maxevents must be greater than 0, got %d", max);
        dropClosed();
        List<SelectModule.Item> items = new ArrayList<>();
        for (var e : fds.entrySet()) {
            if ((e.getValue() & ~EPOLLONESHOT) != 0) items.add(new SelectModule.Item(e.getKey(), events(e.getValue())));
        }
        int[] st = SelectModule.waitReady(items, deadline);
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < st.length && out.size() < max; i++) {
            SelectModule.Item it = items.get(i);
            if (st[i] == Readiness.POLLNVAL) continue;
            int m = fds.getOrDefault(it.fd(), 0);
            int rev = st[i] & (m | Readiness.POLLERR | Readiness.POLLHUP);
            if ((m & 64) != 0 && (st[i] & Readiness.POLLIN) != 0) rev |= 64;
            if ((m & 256) != 0 && (st[i] & Readiness.POLLOUT) != 0) rev |= 256;
            if (rev == 0) continue;
            out.add(PyTuple.of(PyInt.of(it.fd()), PyInt.of(rev)));
            if ((m & EPOLLONESHOT) != 0) fds.put(it.fd(), EPOLLONESHOT);
        }
        return PyList.of(out);
    }

    /** The poll events a mask asks for (EPOLLRDNORM and EPOLLWRNORM count as IN and OUT). */
    private static int events(int m) {
        int ev = m & (Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT);
        if ((m & 64) != 0) ev |= Readiness.POLLIN;
        if ((m & 256) != 0) ev |= Readiness.POLLOUT;
        return ev;
    }

    /** The epoll object's own descriptor: readable while a registered descriptor is ready. */
    private final class Own implements Endpoint {
        @Override
        public int read(byte[] b, int n) throws IOException {
            throw new IOException("Invalid argument");
        }

        @Override
        public void write(byte[] b, int n) throws IOException {
            throw new IOException("Invalid argument");
        }

        @Override
        public void close() {
            fd = -1;
        }

        @Override
        public SelectableChannel channel() { return null; }

        @Override
        public int interest(boolean readIn) { return 0; }

        @Override
        public boolean readAhead() { return false; }

        @Override
        public int poll() {
            List<SelectModule.Item> items = new ArrayList<>();
            for (var e : fds.entrySet()) {
                if ((e.getValue() & ~EPOLLONESHOT) != 0) items.add(new SelectModule.Item(e.getKey(), events(e.getValue())));
            }
            int[] st = SelectModule.waitReady(items, System.nanoTime());
            for (int i = 0; i < st.length; i++) {
                if (st[i] != Readiness.POLLNVAL && (st[i] & (items.get(i).events() | 24)) != 0) return Readiness.POLLIN;
            }
            return 0;
        }

        @Override
        public Watch watch(Runnable wake) { return () -> { }; }
    }
}
