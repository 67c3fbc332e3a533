package org.gilpy.modules.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code io.IOBase} ({@code _io._IOBase}): the root of the io hierarchy. Its methods are
 * written against Python's view of {@code self} ({@code self.readline()},
 * {@code self.flush()}, {@code self.closed}) so that Python subclasses that supply
 * {@code readline} or {@code read} get iteration, {@code readlines} and the context
 * manager for free, as in CPython.
 *
 * <p>Every instance has a {@code __dict__} (files carry {@code mode}, {@code name} there
 * and users may add attributes). {@link #lock} serialises whole operations on a stream:
 * one {@code write} call is never interleaved with another thread's.
 */
public class PyIOBase extends PyObject {
    public static final PyType TYPE = IoModule.type("_IOBase", PyIOBase.class, PyType.OBJECT, PyIOBase::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    /** Default size of buffers and of text chunks. */
    static final int DEFAULT_BUFFER_SIZE = 8192;

    private PyDict dict;
    /** IOBase's own closed flag ({@code __IOBase_closed}); subclasses may keep their own state. */
    boolean iobaseClosed;
    final ReentrantLock lock = new ReentrantLock();

    public PyIOBase(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** Runs body holding this stream's lock (taken through {@link Blocking#lock}). */
    final <T> T locked(java.util.function.Supplier<T> body) {
        Blocking.lock(lock);
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    // ---- errors shared by the package ------------------------------------------------------

    static PyException closedError() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    static PyException unsupported(String msg) {
        return PyErr.withArgs(IoModule.UNSUPPORTED, PyStr.of(msg));
    }

    /** The OSError for a failed system call on the named file (name may be null). */
    static PyException osError(IOException e, String name) {
        if (e instanceof OsFile.ErrnoException x) return PyErr.oserrorFromErrno(x.errno, name);
        return PyErr.fromIOException(e, name);
    }

    /** A size argument: None or absent is -1; otherwise an integer. */
    static long sizeArg(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        if (o instanceof PyInt || o.type.lookup("__index__") != null) return Abstract.index(o).value;
        throw PyErr.typeError("argument should be integer or None, not '%s'", o.type.tpName());
    }

    /** Raises ValueError when {@code self.closed} is true (looked up as Python does). */
    static void checkClosed(PyObject self) {
        if (Abstract.isTrue(Abstract.getAttr(self, "closed"))) throw closedError();
    }

    static void checkReadable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "readable"))) throw unsupported("File or stream is not readable.");
    }

    static void checkWritable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "writable"))) throw unsupported("File or stream is not writable.");
    }

    static void checkSeekable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "seekable"))) throw unsupported("File or stream is not seekable.");
    }

    /** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required". */
    static byte[] bytesArg(PyObject b) {
        return BytesLike.exact(b);
    }

    /** A writable buffer argument of readinto (bytearray). */
    static PyByteArray writableBuffer(PyObject b) {
        if (b instanceof PyByteArray ba) return ba;
        if (b instanceof BytesLike) throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not %s", b.type.tpName());
        throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not %s", b.type.tpName());
    }

    /** Copies data[0..n) into the start of a bytearray; returns n. */
    static int fill(PyByteArray target, byte[] data, int n) {
        System.arraycopy(data, 0, target.bytesData(), 0, n);
        return n;
    }

    // ---- IOBase's methods ---------------------------------------------------------------------

    @PyGetter("closed")
    public PyObject closedFlag() { return PyBool.of(iobaseClosed); }

    @PyMethod
    public static void close(PyObject self) {
        if (!(self instanceof PyIOBase io) || io.iobaseClosed) return;
        try {
            Abstract.callMethod(self, "flush");
        } finally {
            io.iobaseClosed = true;
        }
    }

    @PyMethod
    public static void flush(PyObject self) {
        checkClosed(self);
    }

    @PyMethod
    public static PyObject seek(PyObject self, PyObject[] args, String[] kwnames) {
        throw unsupported("seek");
    }

    @PyMethod
    public static PyObject tell(PyObject self) {
        return Abstract.callMethod(self, "seek", PyInt.ZERO, PyInt.ONE);
    }

    @PyMethod(optional = 1)
    public static PyObject truncate(PyObject self, PyObject size) {
        throw unsupported("truncate");
    }

    @PyMethod
    public static boolean seekable(PyObject self) { return false; }

    @PyMethod
    public static boolean readable(PyObject self) { return false; }

    @PyMethod
    public static boolean writable(PyObject self) { return false; }

    @PyMethod
    public static PyObject fileno(PyObject self) {
        throw unsupported("fileno");
    }

    @PyMethod
    public static boolean isatty(PyObject self) {
        checkClosed(self);
        return false;
    }

    @PyMethod
    public static PyObject __enter__(PyObject self) {
        checkClosed(self);
        return self;
    }

    @PyMethod
    public static void __exit__(PyObject self, PyObject[] args, String[] kwnames) {
        Abstract.callMethod(self, "close");
    }

    @PyMethod
    public static PyObject __iter__(PyObject self) {
        checkClosed(self);
        return self;
    }

    @PyMethod
    public static PyObject __next__(PyObject self) {
        PyObject line = Abstract.callMethod(self, "readline");
        if (Abstract.len(line) == 0) throw PyErr.stopIteration();
        return line;
    }

    /** Bytes up to and including b'\n', read one byte at a time through {@code self.read}. */
    @PyMethod(optional = 1)
    public static PyObject readline(PyObject self, PyObject size) {
        long limit = sizeArg(size);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Abstract.callMethod(self, "read", PyInt.ONE);
            if (!(b instanceof BytesLike)) {
                throw PyErr.format(PyExc.OSError, "read() should have returned a bytes object, not '%s'", b.type.tpName());
            }
            byte[] d = BytesLike.exact(b);
            if (d.length == 0) break;
            out.write(d, 0, d.length);
            if (d[d.length - 1] == '\n') break;
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(optional = 1)
    public static PyObject readlines(PyObject self, PyObject hint) {
        long limit = sizeArg(hint);
        List<PyObject> lines = new ArrayList<>();
        PyObject it = Abstract.iter(self);
        long total = 0;
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            lines.add(line);
            total += Abstract.len(line);
            if (limit > 0 && total >= limit) break;
        }
        return PyList.of(lines);
    }

    @PyMethod
    public static void writelines(PyObject self, PyObject lines) {
        checkClosed(self);
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            Abstract.callMethod(self, "write", line);
        }
    }

    @PyMethod
    public static void _checkClosed(PyObject self) { checkClosed(self); }

    @PyMethod
    public static void _checkReadable(PyObject self) { checkReadable(self); }

    @PyMethod
    public static void _checkWritable(PyObject self) { checkWritable(self); }

    @PyMethod
    public static void _checkSeekable(PyObject self) { checkSeekable(self); }
}
