package org.gilpy.modules.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code io.FileIO}: raw binary I/O on one file descriptor. Every read or write is one
 * system call (through {@link Blocking}) on the {@link OsFile} the descriptor refers to at
 * that moment (so {@code os.dup2} redirects it); {@code name} lives in the instance dict
 * as in CPython. {@code fd} is -1 until {@code __init__} succeeds and after {@code close}.
 */
public class PyFileIO extends PyRawIOBase {
    public static final PyType TYPE = IoModule.type("FileIO", PyFileIO.class, PyRawIOBase.TYPE, PyFileIO::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    int fd = -1;
    private boolean readable, writable, appending, created, truncating, closefd = true;

    public PyFileIO(PyType type) {
        super(type);
    }

    /** A FileIO over an already open descriptor (the standard streams). */
    static PyFileIO over(OsFile f, String name, boolean readable, boolean closefd) {
        PyFileIO io = new PyFileIO(TYPE);
        io.fd = f.fd;
        io.readable = readable;
        io.writable = !readable;
        io.closefd = closefd;
        io.getDict().put(PyStr.of("name"), PyStr.of(name));
        return io;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("FileIO", args, kwnames, new String[] {"file", "mode", "closefd", "opener"}, 1);
        String mode = a[1] == null ? "r" : modeArg(a[1]);
        parseMode(mode);
        closefd = a[2] == null || Abstract.isTrue(a[2]);
        PyObject fileArg = a[0];
        PyObject opener = a[3] == null ? PyNone.NONE : a[3];
        if (fileArg instanceof PyInt || fileArg instanceof PyBool) {
            openFd(Abstract.index(fileArg).value);
        } else {
            if (!closefd) throw PyErr.valueError("Cannot use closefd=False with file name");
            String path = IoModule.fsPath(fileArg);
            if (opener == PyNone.NONE) {
                openPath(path);
            } else {
                openWith(opener, fileArg, path);
            }
        }
        getDict().put(PyStr.of("name"), fileArg);
    }

    private static String modeArg(PyObject m) {
        if (m instanceof PyStr s) return s.value;
        throw PyErr.typeError("FileIO() argument 'mode' must be str, not %s", m.type.tpName());
    }

    private void parseMode(String mode) {
        int kinds = 0;
        boolean plus = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> { readable = true; kinds++; }
                case 'w' -> { writable = true; truncating = true; kinds++; }
                case 'a' -> { writable = true; appending = true; kinds++; }
                case 'x' -> { writable = true; created = true; kinds++; }
                case '+' -> {
                    if (plus) kinds = 2;
                    plus = true;
                }
                case 'b' -> { }
                default -> throw PyErr.valueError("invalid mode: %s", mode);
            }
        }
        if (kinds != 1) {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (plus) readable = writable = true;
    }

    private void openFd(long fd) {
        if (fd < 0) throw PyErr.valueError("negative file descriptor");
        if (OsFile.byFd(fd) == null) throw PyErr.oserrorFromErrno(org.gilpy.objects.PyOSError.EBADF, null);
        this.fd = (int) fd;
    }

    /**
     * {@code opener(file, flags)} makes the descriptor: flags are Linux's {@code os.O_*} bits
     * for the mode, with O_CLOEXEC, as CPython passes them.
     */
    private void openWith(PyObject opener, PyObject fileArg, String path) {
        int flags = readable && writable ? 2 : writable ? 1 : 0;          // O_RDWR, O_WRONLY, O_RDONLY
        if (created) flags |= 0100 | 0200;                                   // O_CREAT | O_EXCL
        else if (truncating) flags |= 0100 | 01000;                          // O_CREAT | O_TRUNC
        else if (appending) flags |= 0100 | 02000;                           // O_CREAT | O_APPEND
        flags |= 02000000;                                                   // O_CLOEXEC
        PyBuffered.flushWritersOf(path);
        PyObject fd = Abstract.call(opener, new PyObject[] {fileArg, PyInt.of(flags)}, null);
        if (!(fd instanceof PyInt n)) throw PyErr.typeError("expected integer from opener");
        long value = Abstract.index(n).value;
        if (value < 0) throw PyErr.valueError("opener returned %d", value);
        openFd(value);
    }

    private void openPath(String path) {
        char kind = created ? 'x' : appending ? 'a' : truncating ? 'w' : 'r';
        PyBuffered.flushWritersOf(path);
        try {
            fd = OsFile.open(path, readable, writable, kind).fd;
        } catch (IOException e) {
            throw osError(e, path);
        }
    }

    // ---- operations ----------------------------------------------------------------------------

    OsFile checked() {
        if (fd < 0) throw PyErr.valueError("I/O operation on closed file");
        OsFile f = OsFile.byFd(fd);
        if (f == null) throw PyErr.oserrorFromErrno(org.gilpy.objects.PyOSError.EBADF, null);
        return f;
    }

    /** The file behind the descriptor, or null when closed. */
    OsFile osFile() { return fd < 0 ? null : OsFile.byFd(fd); }

    private OsFile checkedReadable() {
        OsFile f = checked();
        if (!readable) throw unsupported("File not open for reading");
        return f;
    }

    /** The count a read or write returned, or -1 when a non-blocking descriptor had to wait (EAGAIN). */
    private int ioOrAgain(Blocking.IoCall<Integer> call) {
        try {
            return call.run();
        } catch (IOException e) {
            if (e instanceof OsFile.ErrnoException x && x.errno == org.gilpy.objects.PyOSError.EAGAIN) return -1;
            throw osError(e, null);
        }
    }

    @PyMethod(optional = 1)
    public PyObject read(PyObject size) {
        OsFile f = checkedReadable();
        long n = sizeArg(size);
        if (n < 0) return readall();
        byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
        int got = ioOrAgain(() -> f.read(b, b.length));
        if (got < 0) return PyNone.NONE;
        return PyBytes.wrap(got == b.length ? b : Arrays.copyOf(b, got));
    }

    @PyMethod
    public PyObject readall() {
        OsFile f = checkedReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[DEFAULT_BUFFER_SIZE * 8];
        int got;
        while ((got = ioOrAgain(() -> f.read(b, b.length))) > 0) out.write(b, 0, got);
        if (got < 0 && out.size() == 0) return PyNone.NONE;
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod
    public PyObject readinto(PyObject buffer) {
        OsFile f = checkedReadable();
        PyByteArray target = writableBuffer(buffer);
        byte[] tmp = new byte[target.bytesLength()];
        int got = ioOrAgain(() -> f.read(tmp, tmp.length));
        return got < 0 ? PyNone.NONE : PyInt.of(fill(target, tmp, got));
    }

    @PyMethod
    public PyObject write(PyObject b) {
        OsFile f = checked();
        if (!writable) throw unsupported("File not open for writing");
        byte[] data = bytesArg(b);
        int n = ioOrAgain(() -> f.write(data, data.length));
        return n < 0 ? PyNone.NONE : PyInt.of(n);
    }

    @PyMethod(optional = 1)
    public long seek(PyObject pos, PyObject whence) {
        OsFile f = checked();
        long p = Abstract.index(pos).value;
        int w = whence == null ? 0 : (int) Abstract.index(whence).value;
        if (w < 0 || w > 2) throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", w);
        return io(() -> f.seek(p, w));
    }

    @PyMethod
    public long tell() {
        OsFile f = checked();
        return io(f::tell);
    }

    @PyMethod(optional = 1)
    public PyObject truncate(PyObject size) {
        OsFile f = checked();
        if (!writable) throw unsupported("File not open for writing");
        long n = size == null || size == PyNone.NONE ? io(f::tell) : Abstract.index(size).value;
        io(() -> {
            f.truncate(n);
            return 0;
        });
        return PyInt.of(n);
    }

    /** Runs an OS call, turning a Java failure into the OSError CPython raises. */
    private <T> T io(Blocking.IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    @PyMethod
    public void close() {
        if (fd < 0) return;
        int f = fd;
        try {
            PyIOBase.close(this);
        } finally {
            fd = -1;
            if (closefd) io(() -> {
                OsFile.closeFd(f);
                return 0;
            });
        }
    }

    @PyGetter("closed")
    public boolean isClosed() { return fd < 0; }

    @PyMethod
    public boolean readable() {
        checked();
        return readable;
    }

    @PyMethod
    public boolean writable() {
        checked();
        return writable;
    }

    @PyMethod
    public boolean seekable() { return checked().seekable(); }

    @PyMethod
    public long fileno() {
        if (fd < 0) throw PyErr.valueError("I/O operation on closed file");
        return fd;
    }

    @PyMethod
    public boolean isatty() { return checked().isatty(); }

    @PyGetter("closefd")
    public boolean closefd() { return closefd; }

    /** CPython's spelling: w+ and r+ both read 'rb+'. */
    @PyGetter("mode")
    public String mode() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    @PyMethod
    public String __repr__() {
        if (fd < 0) return "<_io.FileIO [closed]>";
        PyObject name = getDict().get(PyStr.of("name"));
        String n = name == null ? "fd=" + fd : "name=" + Abstract.repr(name).value;
        return "<_io.FileIO " + n + " mode='" + mode() + "' closefd=" + (closefd ? "True" : "False") + ">";
    }

    /**
     * {@code _blksize}: the preferred I/O size of the file's file system (the JDK reports no
     * st_blksize; for a file opened by path it is the file store's block size).
     */
    @PyGetter("_blksize")
    public long blksize() {
        OsFile f = osFile();
        if (f == null || f.path() == null) return DEFAULT_BUFFER_SIZE;
        try {
            return Blocking.call(() -> java.nio.file.Files.getFileStore(java.nio.file.Path.of(f.path())).getBlockSize());
        } catch (IOException | UnsupportedOperationException e) {
            return DEFAULT_BUFFER_SIZE;
        }
    }
}
