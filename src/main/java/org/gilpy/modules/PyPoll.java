package org.gilpy.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.modules.io.Readiness;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code select.poll}: registered descriptors with their event masks, in registration
 * order; {@code poll(timeout_ms)} waits through {@link SelectModule#waitReady}. POLLERR,
 * POLLHUP and POLLNVAL are reported whatever the mask says, as poll(2) does.
 */
public final class PyPoll extends PyObject {
    public static final PyType TYPE = PyType.builtin("poll", PyPoll.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("select"));
        TYPE.baseType = false;
    }

    private final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private boolean polling;

    PyPoll() {
        super(TYPE);
    }

    private static int mask(PyObject m) {
        long v = PyInt.asLong(m);
        if (v < 0) throw PyErr.overflowError("can't convert negative int to unsigned");
        if (v > 0xFFFF) throw PyErr.overflowError("Python int too large for C unsigned short");
        return (int) v;
    }

    @PyMethod(optional = 1)
    public void register(PyObject fd, PyObject eventmask) {
        int f = SelectModule.fdOf(fd);
        fds.put(f, eventmask == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : mask(eventmask));
    }

    @PyMethod
    public void modify(PyObject fd, PyObject eventmask) {
        int f = SelectModule.fdOf(fd);
        int m = mask(eventmask);
        if (!fds.containsKey(f)) throw PyErr.oserrorFromErrno(PyOSError.ENOENT, null);
        fds.put(f, m);
    }

    @PyMethod
    public void unregister(PyObject fd) {
        int f = SelectModule.fdOf(fd);
        if (fds.remove(f) == null) throw PyErr.keyError(PyInt.of(f));
    }

    /** poll(timeout=None): [(fd, events)] of the ready descriptors; timeout in milliseconds. */
    @PyMethod(optional = 1)
    public PyObject poll(PyObject timeout) {
        long deadline;
        if (timeout == null || timeout == PyNone.NONE) {
            deadline = Long.MAX_VALUE;
        } else {
            double ms;
            if (timeout instanceof PyFloat) ms = Math.ceil(PyFloat.asDouble(timeout));
            else if (timeout instanceof PyInt || timeout.type.lookup("__index__") != null) ms = Abstract.index(timeout).value;
            else throw PyErr.typeError("timeout must be an integer or None");
            deadline = ms < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) Math.min(ms * 1e6, 1e18);
        }
        if (polling) throw PyErr.format(PyExc.RuntimeError, "concurrent poll() invocation");
        List<SelectModule.Item> items = new ArrayList<>();
        for (var e : fds.entrySet()) {
            int ev = e.getValue();
            if ((ev & 64) != 0) ev |= Readiness.POLLIN;
            if ((ev & 256) != 0) ev |= Readiness.POLLOUT;
            items.add(new SelectModule.Item(e.getKey(), ev));
        }
        polling = true;
        int[] st;
        try {
            st = SelectModule.waitReady(items, deadline);
        } finally {
            polling = false;
        }
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < st.length; i++) {
            SelectModule.Item it = items.get(i);
            int rev = st[i] & (fds.get(it.fd()) | Readiness.POLLERR | Readiness.POLLHUP | Readiness.POLLNVAL);
            if ((it.events() & 64) != 0 && (st[i] & Readiness.POLLIN) != 0) rev |= 64;      // POLLRDNORM
            if ((it.events() & 256) != 0 && (st[i] & Readiness.POLLOUT) != 0) rev |= 256;   // POLLWRNORM
            if (rev != 0) out.add(PyTuple.of(PyInt.of(it.fd()), PyInt.of(rev)));
        }
        return PyList.of(out);
    }
}
