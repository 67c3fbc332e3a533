package org.gilpy.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The layout of {@code OSError} and its subclasses: {@code errno}, {@code strerror},
 * {@code filename}, {@code filename2} and BlockingIOError's {@code characters_written}.
 *
 * <p>As in CPython: {@code OSError(errno, strerror, ...)} returns the subclass that errno
 * selects ({@link #typeForArgs}); 2 to 5 arguments are parsed as (errno, strerror[,
 * filename[, winerror[, filename2]]]) and a filename drops everything after strerror from
 * {@code args}; parsing happens in {@code __new__}, or in {@code __init__} for a Python
 * subclass that overrides {@code __init__} but not {@code __new__}. Errno values are
 * Linux's. A field is null when never set ("[Errno None]" differs from unset).
 */
public final class PyOSError extends PyBaseException {
    public PyObject errno, strerror, filename, filename2;
    /** BlockingIOError's characters_written, or -1 when unset. */
    public long written = -1;

    PyOSError(PyType type) {
        super(type);
    }

    // Linux errno numbers used by the subclass table and by callers.
    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10,
            EAGAIN = 11, ENOMEM = 12, EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, EMFILE = 24, ENOSPC = 28, ESPIPE = 29, EROFS = 30, EPIPE = 32, ENAMETOOLONG = 36,
            ENOTEMPTY = 39, ELOOP = 40, ECONNABORTED = 103, ECONNRESET = 104, ESHUTDOWN = 108, ETIMEDOUT = 110,
            ECONNREFUSED = 111, EALREADY = 114, EINPROGRESS = 115;

    private static volatile Map<Long, PyType> errnoMap;

    private static Map<Long, PyType> errnoMap() {
        Map<Long, PyType> m = errnoMap;
        if (m == null) {
            m = new HashMap<>();
            m.put((long) EAGAIN, PyExc.BlockingIOError);
            m.put((long) EALREADY, PyExc.BlockingIOError);
            m.put((long) EINPROGRESS, PyExc.BlockingIOError);
            m.put((long) ECHILD, PyExc.ChildProcessError);
            m.put((long) EPIPE, PyExc.BrokenPipeError);
            m.put((long) ESHUTDOWN, PyExc.BrokenPipeError);
            m.put((long) ECONNABORTED, PyExc.ConnectionAbortedError);
            m.put((long) ECONNREFUSED, PyExc.ConnectionRefusedError);
            m.put((long) ECONNRESET, PyExc.ConnectionResetError);
            m.put((long) EEXIST, PyExc.FileExistsError);
            m.put((long) ENOENT, PyExc.FileNotFoundError);
            m.put((long) EISDIR, PyExc.IsADirectoryError);
            m.put((long) ENOTDIR, PyExc.NotADirectoryError);
            m.put((long) EINTR, PyExc.InterruptedError);
            m.put((long) EACCES, PyExc.PermissionError);
            m.put((long) EPERM, PyExc.PermissionError);
            m.put((long) ESRCH, PyExc.ProcessLookupError);
            m.put((long) ETIMEDOUT, PyExc.TimeoutError);
            errnoMap = m;
        }
        return m;
    }

    /** The type {@code OSError(*args)} creates: the errno's subclass when cls is OSError itself. */
    static PyType typeForArgs(PyType cls, PyObject[] args) {
        if (cls != PyExc.OSError || args.length < 2 || args.length > 5) return cls;
        if (!(args[0] instanceof PyInt i) || i.big != null) return cls;
        PyType t = errnoMap().get(i.value);
        return t == null ? cls : t;
    }

    /** The message of a Linux errno, as {@code os.strerror} gives it. */
    public static String strerror(int errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case ESRCH -> "No such process";
            case EINTR -> "Interrupted system call";
            case EIO -> "Input/output error";
            case 6 -> "No such device or address";         // ENXIO
            case 19 -> "No such device";                   // ENODEV
            case 25 -> "Inappropriate ioctl for device";   // ENOTTY
            case EBADF -> "Bad file descriptor";
            case ECHILD -> "No child processes";
            case EAGAIN -> "Resource temporarily unavailable";
            case ENOMEM -> "Cannot allocate memory";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case EMFILE -> "Too many open files";
            case ENOSPC -> "No space left on device";
            case ESPIPE -> "Illegal seek";
            case EROFS -> "Read-only file system";
            case EPIPE -> "Broken pipe";
            case ENAMETOOLONG -> "File name too long";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            case ECONNABORTED -> "Software caused connection abort";
            case ECONNRESET -> "Connection reset by peer";
            case ESHUTDOWN -> "Cannot send after transport endpoint shutdown";
            case ETIMEDOUT -> "Connection timed out";
            case ECONNREFUSED -> "Connection refused";
            case EALREADY -> "Operation already in progress";
            case EINPROGRESS -> "Operation now in progress";
            default -> "Unknown error " + errno;
        };
    }

    /** True when a Python subclass parses its arguments in {@code __init__} (it overrides
     * {@code __init__} but not {@code __new__}). */
    private static boolean useInit(PyType t) {
        return t.lookup("__init__") != PyExc.OSError.lookup("__init__")
                && t.lookup("__new__") == PyExc.OSError.lookup("__new__");
    }

    /** {@code oserror_init}: parses (errno, strerror[, filename[, winerror[, filename2]]]). */
    @Override
    void initBuiltin(PyObject[] a) {
        if (a.length < 2 || a.length > 5) return;
        errno = a[0];
        strerror = a[1];
        if (a.length >= 3 && a[2] != PyNone.NONE) {
            if (type.isSubtypeOf(PyExc.BlockingIOError) && isNumber(a[2])) {
                written = PySlice.ssize(a[2]);
            } else {
                filename = a[2];
                if (a.length == 5 && a[4] != PyNone.NONE) filename2 = a[4];
                args = PyTuple.of(a[0], a[1]);
            }
        }
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o.type.lookup("__index__") != null || o.type.lookup("__int__") != null
                || o.type.lookup("__float__") != null;
    }

    @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
    static PyObject oserrorNew(PyType cls, PyObject[] args, String[] kwnames) {
        if (useInit(cls)) {
            return cls.newInstance();
        }
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("%s() takes no keyword arguments", cls.name);
        PyType t = typeForArgs(cls, args);
        PyOSError e = (PyOSError) t.newInstance();
        e.args = PyTuple.of(args.clone());
        e.initBuiltin(args);
        return e;
    }

    @PyMethod(value = "__init__")
    static void oserrorInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (!useInit(self.type)) return;
        noKeywords(self, kwnames);
        PyOSError e = (PyOSError) self;
        e.args = PyTuple.of(args.clone());
        e.initBuiltin(args);
    }

    @PyMethod("__str__")
    static PyObject oserrorStr(PyObject self) {
        PyOSError e = (PyOSError) self;
        if (e.filename != null) {
            String s = "[Errno " + Abstract.str(field(e.errno)).value + "] " + Abstract.str(field(e.strerror)).value
                    + ": " + Abstract.repr(e.filename).value;
            if (e.filename2 != null) s += " -> " + Abstract.repr(e.filename2).value;
            return PyStr.of(s);
        }
        if (e.errno != null && e.strerror != null) {
            return PyStr.of("[Errno " + Abstract.str(e.errno).value + "] " + Abstract.str(e.strerror).value);
        }
        return argsStr(e.args);
    }

    private static PyObject field(PyObject v) {
        return v == null ? PyNone.NONE : v;
    }

    @PyMethod("__reduce__")
    static PyObject oserrorReduce(PyObject self) {
        PyOSError e = (PyOSError) self;
        PyTuple a = e.args;
        if (a.size() == 2 && e.filename != null) {
            a = e.filename2 != null ? PyTuple.of(a.get(0), a.get(1), e.filename, PyNone.NONE, e.filename2)
                    : PyTuple.of(a.get(0), a.get(1), e.filename);
        }
        PyDict d = e.getDict();
        return d.size() > 0 ? PyTuple.of(e.type, a, d) : PyTuple.of(e.type, a);
    }

    @PyGetter("errno")
    public PyObject getErrno() { return field(errno); }

    @PySetter("errno")
    public void setErrno(PyObject v) { errno = v; }

    @PyGetter("strerror")
    public PyObject getStrerror() { return field(strerror); }

    @PySetter("strerror")
    public void setStrerror(PyObject v) { strerror = v; }

    @PyGetter("filename")
    public PyObject getFilename() { return field(filename); }

    @PySetter("filename")
    public void setFilename(PyObject v) { filename = v; }

    @PyGetter("filename2")
    public PyObject getFilename2() { return field(filename2); }

    @PySetter("filename2")
    public void setFilename2(PyObject v) { filename2 = v; }

    @PyGetter("characters_written")
    public PyObject getWritten() {
        if (written < 0) throw PyErr.format(PyExc.AttributeError, "characters_written");
        return PyInt.of(written);
    }

    @PySetter("characters_written")
    public void setWritten(PyObject v) {
        if (v == null) {
            if (written < 0) throw PyErr.format(PyExc.AttributeError, "characters_written");
            written = -1;
            return;
        }
        written = PySlice.ssize(v);
    }
}
