package org.gilpy.modules.posix;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyTuple;

/**
 * The {@code posix} functions that work on descriptors beyond read, write and close:
 * {@code dup}/{@code dup2} (on the descriptor table of {@code modules/io/Descriptors}, so
 * {@code dup2(fd, 1)} redirects {@code sys.stdout}), the inheritable and O_NONBLOCK
 * flags, {@code pipe2}, positioned and vectored I/O, {@code sendfile}, {@code fdatasync}
 * and {@code closerange}. Waits go through {@code Descriptors}, which releases the GIL
 * (BLOCKING-IO).
 */
public final class PosixDescriptors {
    private PosixDescriptors() {}

    private static final int O_NONBLOCK = 04000, O_CLOEXEC = 02000000;

    @PyMethod(doc = "Return a duplicate of a file descriptor.")
    public static long dup(PyObject fd) { return Descriptors.dup(PosixModule.fdArg(fd)); }

    @PyMethod(doc = "Duplicate file descriptor.")
    public static long dup2(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("dup2", args, kwnames, new String[] {"fd", "fd2", "inheritable"}, 2);
        boolean inheritable = a[2] == null || Abstract.isTrue(a[2]);
        return Descriptors.dup2(PosixModule.fdArg(a[0]), PosixModule.fdArg(a[1]), inheritable);
    }

    @PyMethod(doc = "Closes all file descriptors in [fd_low, fd_high), ignoring errors.")
    public static void closerange(PyObject low, PyObject high) {
        Descriptors.closeRange(PosixModule.fdArg(low), PosixModule.fdArg(high));
    }

    @PyMethod(doc = "Get the close-on-exe flag of the specified file descriptor.")
    public static boolean get_inheritable(PyObject fd) { return Descriptors.inheritable(PosixModule.fdArg(fd)); }

    @PyMethod(doc = "Set the inheritable flag of the specified file descriptor.")
    public static void set_inheritable(PyObject fd, PyObject inheritable) {
        Descriptors.setInheritable(PosixModule.fdArg(fd), PosixModule.intArg(inheritable) != 0);
    }

    @PyMethod(doc = "Get the blocking mode of the file descriptor.")
    public static boolean get_blocking(PyObject fd) { return Descriptors.blocking(PosixModule.fdArg(fd)); }

    @PyMethod(doc = "Set the blocking mode of the specified file descriptor.")
    public static void set_blocking(PyObject fd, PyObject blocking) {
        Descriptors.setBlocking(PosixModule.fdArg(fd), PosixModule.intArg(blocking) != 0);
    }

    @PyMethod(doc = "Create a pipe with flags set atomically.")
    public static PyObject pipe2(PyObject flags) {
        int f = PosixModule.intArg(flags);
        if ((f & ~(O_NONBLOCK | O_CLOEXEC)) != 0) throw PathArg.error(22, null, null);
        PyTuple ends = (PyTuple) Descriptors.pipe();
        for (PyObject end : ends.array()) {
            long fd = PyInt.asLong(end);
            if ((f & O_NONBLOCK) != 0) Descriptors.setBlocking(fd, false);
            if ((f & O_CLOEXEC) == 0) Descriptors.setInheritable(fd, true);
        }
        return ends;
    }

    @PyMethod(doc = "Read a number of bytes from a file descriptor starting at a particular offset.")
    public static PyObject pread(PyObject fd, PyObject length, PyObject offset) {
        int f = PosixModule.fdArg(fd);
        PyInt n = Abstract.index(length);
        if (n.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return Descriptors.readAt(f, n.value, offsetArg(offset));
    }

    @PyMethod(doc = "Write bytes to a file descriptor starting at a particular offset.")
    public static long pwrite(PyObject fd, PyObject data, PyObject offset) {
        int f = PosixModule.fdArg(fd);
        byte[] b = BytesLike.exact(data);
        return Descriptors.writeAt(f, b, offsetArg(offset));
    }

    private static long offsetArg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) throw PyErr.overflowError("Python int too large to convert to C long");
        return i.value;
    }

    @PyMethod(doc = "Read from a file descriptor fd into an iterable of buffers.")
    public static long readv(PyObject fd, PyObject buffers) {
        int f = PosixModule.fdArg(fd);
        if (!isSequence(buffers)) throw PyErr.typeError("readv() arg 2 must be a sequence");
        List<PyObject> targets = new ArrayList<>();
        long total = 0;
        for (PyObject b : Abstract.toArray(buffers)) {
            writableCheck(b);
            targets.add(b);
            total += BytesLike.length(b);
        }
        if (total == 0) return 0;
        PyBytes got = Descriptors.read(f, total);
        byte[] data = got.bytesData();
        int n = got.bytesLength(), at = 0;
        for (PyObject b : targets) {
            if (at >= n) break;
            int k = Math.min(BytesLike.length(b), n - at);
            byte[] part = java.util.Arrays.copyOfRange(data, at, at + k);
            Abstract.setItem(b, new PySlice(PyInt.of(0), PyInt.of(k), PyNone.NONE), PyBytes.wrap(part));
            at += k;
        }
        return n;
    }

    private static void writableCheck(PyObject b) {
        if (b instanceof PyByteArray) return;
        if (b instanceof PyMemoryView m) {
            if (m.readonly()) throw PyErr.format(PyExc.BufferError, "memoryview: underlying buffer is not writable");
            return;
        }
        if (b instanceof BytesLike && b.type.lookup("__setitem__") != null && !(b instanceof PyMemoryView)) return;
        if (b instanceof BytesLike) throw PyErr.format(PyExc.BufferError, "Object is not writable.");
        throw PyErr.typeError("a bytes-like object is required, not '%s'", b.type.tpName());
    }

    @PyMethod(doc = "Iterate over buffers, and write the contents of each to a file descriptor.")
    public static long writev(PyObject fd, PyObject buffers) {
        int f = PosixModule.fdArg(fd);
        if (!isSequence(buffers)) throw PyErr.typeError("writev() arg 2 must be a sequence");
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (PyObject b : Abstract.toArray(buffers)) all.writeBytes(BytesLike.exact(b));
        if (all.size() == 0) return 0;
        return Descriptors.write(f, all.toByteArray());
    }

    private static boolean isSequence(PyObject o) {
        return o.type.lookup("__getitem__") != null && !(o instanceof org.gilpy.objects.PyDict);
    }

    /**
     * sendfile(out_fd, in_fd, offset, count): copies up to count bytes from in_fd (from
     * offset, its position unchanged; or from its position when offset is None) to out_fd.
     */
    @PyMethod(doc = "Copy count bytes from file descriptor in_fd to file descriptor out_fd.")
    public static long sendfile(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("sendfile", args, kwnames, new String[] {"out_fd", "in_fd", "offset", "count"}, 4);
        int out = PosixModule.fdArg(a[0]), in = PosixModule.fdArg(a[1]);
        PyInt count = Abstract.index(a[3]);
        if (count.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        if (count.value < 0) throw PathArg.error(22, null, null);
        Descriptors.size(out);   // EBADF before anything is read
        PyBytes data = a[2] == PyNone.NONE ? Descriptors.read(in, Math.min(count.value, 1 << 24))
                : Descriptors.readAt(in, Math.min(count.value, 1 << 24), offsetArg(a[2]));
        if (data.bytesLength() == 0) return 0;
        return Descriptors.write(out, BytesLike.exact(data));
    }

    @PyMethod(doc = "Force write of fd to disk without forcing update of metadata.")
    public static void fdatasync(PyObject fd) {
        Descriptors.sync(PosixModule.fdArg(filenoOf(fd)), false);
    }

    /** An int, or an object's {@code fileno()} (as fsync and fdatasync accept). */
    static PyObject filenoOf(PyObject fd) {
        if (fd instanceof PyInt || fd.type.lookup("fileno") == null) return fd;
        return Abstract.callMethod(fd, "fileno");
    }

    // ---- the file behind a descriptor ------------------------------------------------------------

    @PyMethod(doc = "Change the access permissions of the file given by file descriptor fd.")
    public static void fchmod(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("fchmod", args, kwnames, new String[] {"fd", "mode"}, 2);
        PosixFiles.chmod(new PyObject[] {PyInt.of(PosixModule.intArg(a[0])), a[1]}, null);
    }

    @PyMethod(doc = "Change the owner and group id of the file specified by file descriptor.")
    public static void fchown(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("fchown", args, kwnames, new String[] {"fd", "uid", "gid"}, 3);
        int fd = PosixModule.intArg(a[0]);
        String path = Descriptors.path(fd);
        if (path == null) throw PathArg.error(22, null, null);
        PosixFiles.chown(new PyObject[] {org.gilpy.objects.PyStr.of(path), a[1], a[2]}, null);
    }

    /** fchdir(fd): the current directory becomes the directory fd was opened on. */
    @PyMethod(doc = "Change to the directory of the given file descriptor.")
    public static void fchdir(PyObject fd) {
        PyObject f = filenoOf(fd);
        if (!(f instanceof PyInt)) throw PyErr.typeError("argument must be an int, or have a fileno() method.");
        String path = Descriptors.path(PosixModule.fdArg(f));
        if (path == null) throw PathArg.error(20, null, null);   // ENOTDIR: a pipe or stream
        try {
            PosixFiles.chdir(org.gilpy.objects.PyStr.of(path));
        } catch (org.gilpy.objects.PyException e) {
            if (!e.matches(PyExc.OSError)) throw e;
            throw PathArg.error(20, null, null);
        }
    }

    @PyMethod(doc = "Ensure a file has allocated at least a particular number of bytes on disk.")
    public static void posix_fallocate(PyObject fd, PyObject offset, PyObject len) {
        Descriptors.allocate(PosixModule.fdArg(fd), offsetArg(offset), offsetArg(len));
    }

    /**
     * copy_file_range(src, dst, count, offset_src=None, offset_dst=None): up to count bytes
     * from src to dst; a given offset is used (and that descriptor's position kept), else the
     * position moves. Both must be files.
     */
    @PyMethod(doc = "Copy count bytes from one file descriptor to another.")
    public static long copy_file_range(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("copy_file_range", args, kwnames,
                new String[] {"src", "dst", "count", "offset_src", "offset_dst"}, 3);
        int src = PosixModule.fdArg(a[0]), dst = PosixModule.fdArg(a[1]);
        PyInt count = Abstract.index(a[2]);
        if (count.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        if (count.value < 0) throw PathArg.error(22, null, null);
        Descriptors.size(dst);
        if (Descriptors.path(src) == null || Descriptors.path(dst) == null) throw PathArg.error(22, null, null);
        boolean fromPos = a[3] == null || a[3] == PyNone.NONE, toPos = a[4] == null || a[4] == PyNone.NONE;
        long n = Math.min(count.value, 1 << 24);
        PyBytes data = fromPos ? Descriptors.read(src, n) : Descriptors.readAt(src, n, offsetArg(a[3]));
        if (data.bytesLength() == 0) return 0;
        byte[] b = BytesLike.exact(data);
        return toPos ? Descriptors.write(dst, b) : Descriptors.writeAt(dst, b, offsetArg(a[4]));
    }

    /** ttyname(fd): the terminal's device path, for the standard streams as the process has them. */
    @PyMethod(doc = "Return the name of the terminal device connected to 'fd'.")
    public static String ttyname(PyObject fd) {
        int f = PosixModule.fdArg(fd);
        Descriptors.size(f);   // EBADF when not open
        if (!Descriptors.isProcessStd(f) || !Descriptors.isatty(f)) throw PathArg.error(25, null, null);
        try {
            return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + f)).toString();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            throw PathArg.error(25, null, null);
        }
    }

    @PyMethod(doc = "Apply, test or remove a POSIX lock on an open file descriptor.")
    public static void lockf(PyObject fd, PyObject command, PyObject length) {
        int f = PosixModule.fdArg(fd);
        int cmd = PosixModule.intArg(command);
        Descriptors.lockf(f, cmd, offsetArg(length));
    }

    /**
     * posix_fadvise(fd, offset, len, advice): advice about the access pattern, which the
     * kernel may ignore and so does gilpy (the JVM reads through its own buffers); the
     * arguments are checked as Linux checks them.
     */
    @PyMethod(doc = "Announce an intention to access data in a specific pattern.")
    public static void posix_fadvise(PyObject fd, PyObject offset, PyObject len, PyObject advice) {
        int f = PosixModule.fdArg(fd);
        offsetArg(offset);
        long n = offsetArg(len);
        int a = PosixModule.intArg(advice);
        Descriptors.checkAdvisable(f);
        if (n < 0 || a < 0 || a > 5) throw PathArg.error(22, null, null);
    }
}
