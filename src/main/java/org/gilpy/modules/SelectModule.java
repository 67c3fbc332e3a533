package org.gilpy.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.modules.io.Endpoint;
import org.gilpy.modules.io.Readiness;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Blocking;

/**
 * The {@code select} module: {@code select()} and {@code poll} over gilpy's descriptors.
 * A socket is waited on through its NIO channel with a {@link Selector}; any other
 * descriptor through {@link Readiness} (a pipe says whether it is readable or writable
 * and wakes the selector when that may change; a regular file is always ready). The wait
 * runs without the GIL and a signal cuts it short in the main thread
 * ({@link Blocking#interruptibly}).
 */
public final class SelectModule {
    private SelectModule() {}

    static final int FD_SETSIZE = 1024;

    public static PyModule create() {
        PyModule m = new PyModule("select");
        TypeBuilder.moduleFunctions(SelectModule.class, m).forEach(m::put);
        Object[][] constants = {
            {"POLLIN", 1}, {"POLLPRI", 2}, {"POLLOUT", 4}, {"POLLERR", 8}, {"POLLHUP", 16}, {"POLLNVAL", 32},
            {"POLLRDNORM", 64}, {"POLLRDBAND", 128}, {"POLLWRNORM", 256}, {"POLLWRBAND", 512}, {"POLLMSG", 1024},
            {"POLLRDHUP", 8192}, {"PIPE_BUF", 4096},
            {"EPOLLIN", 1}, {"EPOLLPRI", 2}, {"EPOLLOUT", 4}, {"EPOLLERR", 8}, {"EPOLLHUP", 16},
            {"EPOLLRDNORM", 64}, {"EPOLLRDBAND", 128}, {"EPOLLWRNORM", 256}, {"EPOLLWRBAND", 512},
            {"EPOLLMSG", 1024}, {"EPOLLRDHUP", 8192}, {"EPOLLONESHOT", PyEpoll.EPOLLONESHOT},
            {"EPOLLEXCLUSIVE", PyEpoll.EPOLLEXCLUSIVE},
            {"EPOLL_CLOEXEC", PyEpoll.EPOLL_CLOEXEC},
        };
        for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
        m.put("error", PyExc.OSError);
        m.put("epoll", PyEpoll.TYPE);
        return m;
    }

    /** The descriptor of o: an int, or what o.fileno() returns; ValueError when negative. */
    static int fdOf(PyObject o) {
        PyObject v;
        if (o instanceof PyInt) {
            v = o;
        } else if (o.type.lookup("fileno") != null) {
            v = Abstract.callMethod(o, "fileno");
            if (!(v instanceof PyInt)) throw PyErr.typeError("fileno() returned a non-integer");
        } else if (o.type.lookup("__index__") != null) {
            v = Abstract.index(o);
        } else {
            throw PyErr.typeError("argument must be an int, or have a fileno() method.");
        }
        long fd = PyInt.asLong(v);
        if (fd < 0) throw PyErr.valueError("file descriptor cannot be a negative integer (%d)", fd);
        if (fd > Integer.MAX_VALUE) throw PyErr.overflowError("Python int too large to convert to C int");
        return (int) fd;
    }

    /** One descriptor to wait on and the events asked for (POLLIN, POLLOUT). */
    record Item(int fd, int events) {}

    /**
     * Waits until one item is ready or the deadline passes (Long.MAX_VALUE: never;
     * a deadline now: just looks). Returns the events that hold per item (POLLNVAL for a
     * descriptor that is not open).
     */
    static int[] waitReady(List<Item> items, long deadline) {
        int n = items.size();
        Readiness[] rs = new Readiness[n];
        int[] out = new int[n];
        try (Selector sel = Selector.open()) {
            Map<SelectableChannel, Integer> interest = new HashMap<>();
            Map<Readiness, Readiness.Watch> watches = new IdentityHashMap<>();
            SelectableChannel[] chans = new SelectableChannel[n];
            for (int i = 0; i < n; i++) {
                rs[i] = Descriptors.readiness(items.get(i).fd);
                if (rs[i] instanceof Endpoint e && (chans[i] = e.channel()) != null) {
                    int ops = ((items.get(i).events & Readiness.POLLIN) != 0 ? e.interest(true) : 0)
                            | ((items.get(i).events & Readiness.POLLOUT) != 0 ? e.interest(false) : 0);
                    interest.merge(chans[i], ops, (a, b) -> a | b);
                } else if (rs[i] != null && !watches.containsKey(rs[i])) {
                    watches.put(rs[i], rs[i].watch(sel::wakeup));
                }
            }
            try {
                for (var e : interest.entrySet()) {
                    if (e.getValue() != 0) e.getKey().register(sel, e.getValue());
                }
                long wait = -1;   // selectNow first
                while (true) {
                    Map<SelectableChannel, Integer> ready = select(sel, wait);
                    boolean any = false;
                    for (int i = 0; i < n; i++) {
                        out[i] = state(rs[i], chans[i], ready, items.get(i).events);
                        any |= (out[i] & (items.get(i).events | Readiness.POLLERR | Readiness.POLLHUP
                                | Readiness.POLLNVAL)) != 0;
                    }
                    if (any) return out;
                    if (deadline != Long.MAX_VALUE) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) return out;
                        wait = Math.max(1, (left + 999_999) / 1_000_000);
                    } else {
                        wait = 0;
                    }
                }
            } finally {
                watches.values().forEach(Readiness.Watch::close);
            }
        } catch (ClosedChannelException | ClosedSelectorException e) {
            throw PyErr.oserrorFromErrno(PyOSError.EBADF, null);
        } catch (IOException e) {
            throw PyErr.fromIOException(e, null);
        }
    }

    /** One selection: -1 looks without waiting, 0 waits without limit, else up to wait ms (without the GIL). */
    private static Map<SelectableChannel, Integer> select(Selector sel, long wait) throws IOException {
        if (wait >= 0) {
            try {
                Blocking.interruptibly(() -> {
                    try {
                        sel.select(wait);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (Thread.interrupted()) throw new InterruptedException();
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            sel.selectNow();
        }
        Map<SelectableChannel, Integer> ready = new HashMap<>();
        if (wait >= 0) sel.selectedKeys().clear();
        sel.selectNow();
        for (SelectionKey k : sel.selectedKeys()) {
            if (k.isValid()) ready.put(k.channel(), k.readyOps());
        }
        sel.selectedKeys().clear();
        return ready;
    }

    /** The poll events of one descriptor now. */
    private static int state(Readiness r, SelectableChannel ch, Map<SelectableChannel, Integer> ready, int events) {
        if (r == null) return Readiness.POLLNVAL;
        if (ch == null) return r.poll();
        Endpoint e = (Endpoint) r;
        int ops = ready.getOrDefault(ch, 0);
        int in = e.interest(true), out = e.interest(false);
        return ((ops & in) != 0 || e.readAhead() ? Readiness.POLLIN : 0) | (out != 0 && (ops & out) != 0 ? Readiness.POLLOUT : 0);
    }

    // ---- select() -----------------------------------------------------------------------------

    /** The deadline of a select timeout in seconds (None: Long.MAX_VALUE). */
    private static long selectDeadline(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) return Long.MAX_VALUE;
        double t;
        if (timeout instanceof PyFloat) t = PyFloat.asDouble(timeout);
        else if (timeout instanceof PyInt || timeout.type.lookup("__index__") != null) t = Abstract.index(timeout).value;
        else throw PyErr.typeError("timeout must be a float or None");
        if (t < 0) throw PyErr.valueError("timeout must be non-negative");
        if (Double.isNaN(t)) throw PyErr.valueError("Invalid value NaN (not a number)");
        return System.nanoTime() + (long) Math.min(t * 1e9, 1e18);
    }

    private static List<PyObject> seq(PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple) && o.type.lookup("__getitem__") == null
                || o.type.lookup("__len__") == null && !(o instanceof PyList) && !(o instanceof PyTuple)) {
            throw PyErr.typeError("arguments 1-3 must be sequences");
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.iter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) out.add(x);
        return out;
    }

    @PyMethod(optional = 1, doc = "Wait until one or more file descriptors are ready for some kind of I/O.")
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout) {
        List<PyObject> r = seq(rlist), w = seq(wlist), x = seq(xlist);
        long deadline = selectDeadline(timeout);
        List<Item> items = new ArrayList<>();
        List<PyObject> objs = new ArrayList<>();
        int[] kinds = new int[r.size() + w.size() + x.size()];
        int k = 0;
        for (List<PyObject> list : List.of(r, w, x)) {
            int events = list == r ? Readiness.POLLIN : list == w ? Readiness.POLLOUT : Readiness.POLLPRI;
            for (PyObject o : list) {
                int fd = fdOf(o);
                if (fd >= FD_SETSIZE) throw PyErr.valueError("filedescriptor out of range in select()");
                items.add(new Item(fd, events));
                objs.add(o);
                kinds[k++] = events;
            }
        }
        for (Item it : items) {
            if (Descriptors.readiness(it.fd) == null) throw PyErr.oserrorFromErrno(PyOSError.EBADF, null);
        }
        int[] st = waitReady(items, deadline);
        List<PyObject> ro = new ArrayList<>(), wo = new ArrayList<>(), xo = new ArrayList<>();
        for (int i = 0; i < st.length; i++) {
            if (st[i] == Readiness.POLLNVAL) throw PyErr.oserrorFromErrno(PyOSError.EBADF, null);
            if (kinds[i] == Readiness.POLLIN && (st[i] & (Readiness.POLLIN | Readiness.POLLHUP | Readiness.POLLERR)) != 0) {
                ro.add(objs.get(i));
            } else if (kinds[i] == Readiness.POLLOUT && (st[i] & (Readiness.POLLOUT | Readiness.POLLERR)) != 0) {
                wo.add(objs.get(i));
            } else if (kinds[i] == Readiness.POLLPRI && (st[i] & Readiness.POLLPRI) != 0) {
                xo.add(objs.get(i));
            }
        }
        return PyTuple.of(PyList.of(ro), PyList.of(wo), PyList.of(xo));
    }

    @PyMethod(doc = "Returns a polling object.")
    public static PyObject poll() {
        return new PyPoll();
    }
}
