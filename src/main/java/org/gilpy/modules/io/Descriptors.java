package org.gilpy.modules.io;

import java.io.IOException;
import java.util.Arrays;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyTuple;

/**
 * File descriptors as the {@code os} module sees them: read, write, close and pipe on
 * the descriptor table of {@link OsFile}, which {@code open()} and {@code FileIO} share,
 * so {@code open(fd)} works on a descriptor from {@code os.pipe()}. Failures are the
 * OSError CPython raises; blocking goes through {@link Blocking} (BLOCKING-IO), so the
 * GIL is released while a read or write waits.
 */
public final class Descriptors {
    private Descriptors() {}

    private static OsFile file(long fd) {
        OsFile f = OsFile.byFd(fd);
        if (f == null) throw PyErr.oserrorFromErrno(PyOSError.EBADF, null);
        return f;
    }

    /** {@code os.read(fd, n)}: at most n bytes, b'' at end of file. */
    public static PyBytes read(long fd, long n) {
        if (n < 0) throw PyErr.oserrorFromErrno(PyOSError.EINVAL, null);
        OsFile f = file(fd);
        try {
            byte[] b = new byte[f.readLimit(n)];
            int got = f.read(b, b.length);
            return PyBytes.wrap(got == b.length ? b : Arrays.copyOf(b, got));
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /**
     * {@code os.write(fd, data)}: writes data (a private copy); returns how much was
     * written (all of it, unless the descriptor is a non-blocking pipe).
     */
    public static int write(long fd, byte[] data) {
        OsFile f = file(fd);
        try {
            return f.write(data, data.length);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.close(fd)}. */
    public static void close(long fd) {
        try {
            OsFile.closeFd(fd);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.closerange(lo, hi)}: closes every open descriptor in [lo, hi), ignoring errors. */
    public static void closeRange(long lo, long hi) {
        for (int fd : OsFile.openFds(lo, hi)) {
            try {
                OsFile.closeFd(fd);
            } catch (IOException e) {
                // as closerange(3): errors are ignored
            }
        }
    }

    /** {@code os.dup(fd)}: a new descriptor for the same file. */
    public static int dup(long fd) {
        try {
            return OsFile.dup(fd);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.dup2(fd, fd2, inheritable)}: fd2 now refers to fd's file; returns fd2. */
    public static int dup2(long fd, long fd2, boolean inheritable) {
        try {
            return OsFile.dup2(fd, fd2, inheritable);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.get_inheritable(fd)}. */
    public static boolean inheritable(long fd) {
        try {
            return OsFile.inheritable(fd);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.set_inheritable(fd, on)}. */
    public static void setInheritable(long fd, boolean on) {
        try {
            OsFile.setInheritable(fd, on);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.get_blocking(fd)}: false once O_NONBLOCK is set. */
    public static boolean blocking(long fd) { return file(fd).blocking(); }

    /** {@code os.set_blocking(fd, on)}: sets or clears O_NONBLOCK (it changes how pipes wait). */
    public static void setBlocking(long fd, boolean on) { file(fd).setBlocking(on); }

    /** {@code os.pread(fd, n, offset)}. */
    public static PyBytes readAt(long fd, long n, long offset) {
        if (n < 0) throw PyErr.oserrorFromErrno(PyOSError.EINVAL, null);
        OsFile f = file(fd);
        try {
            byte[] b = new byte[(int) Math.min(n, 1 << 24)];
            int got = f.readAt(b, b.length, offset);
            return PyBytes.wrap(got == b.length ? b : Arrays.copyOf(b, got));
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.posix_fallocate(fd, offset, len)}. */
    public static void allocate(long fd, long offset, long len) {
        try {
            file(fd).allocate(offset, len);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.lockf(fd, cmd, len)}. */
    public static void lockf(long fd, int cmd, long len) {
        try {
            file(fd).lockf(cmd, len);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.posix_fadvise}: checks the descriptor (a file, not a pipe); the advice itself is free to ignore. */
    public static void checkAdvisable(long fd) {
        OsFile f = file(fd);
        if (!f.seekable()) throw PyErr.oserrorFromErrno(PyOSError.ESPIPE, null);
    }

    /** {@code os.pwrite(fd, data, offset)}: the count written. */
    public static int writeAt(long fd, byte[] data, long offset) {
        try {
            return file(fd).writeAt(data, data.length, offset);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.pipe()}: (read end, write end). */
    public static PyTuple pipe() {
        OsFile[] ends = OsFile.pipe();
        return PyTuple.of(PyInt.of(ends[0].fd), PyInt.of(ends[1].fd));
    }

    /** Gives an endpoint (a socket) the lowest free descriptor; returns its number. */
    public static int register(Endpoint e) {
        return OsFile.endpoint(e).fd;
    }

    /** The endpoint behind fd, or null when fd is not open or is a file or pipe. */
    public static Endpoint endpoint(long fd) {
        OsFile f = OsFile.byFd(fd);
        return f == null ? null : f.endpoint();
    }

    /** How select sees fd, or null when fd is not open. */
    public static Readiness readiness(long fd) {
        OsFile f = OsFile.byFd(fd);
        return f == null ? null : f.readiness();
    }

    /** {@code os.isatty(fd)}: False for a descriptor that is not open, as in CPython. */
    public static boolean isatty(long fd) {
        OsFile f = OsFile.byFd(fd);
        return f != null && f.isatty();
    }
    // ---- for os.open, lseek, ftruncate, fsync, fstat and subprocess (posix module) ----------------

    /** os.open's check of a name ending in '/' (see {@code OsFile.checkTrailingSlash}). */
    public static void checkTrailingSlash(String name, java.nio.file.Path p, boolean create) throws IOException {
        OsFile.checkTrailingSlash(name, p, create);
    }

    /** {@code os.open(path, flags)} with the flags decoded; returns the new descriptor. */
    public static int open(java.nio.file.Path p, boolean read, boolean write, boolean create, boolean excl,
                           boolean trunc, boolean append) throws IOException {
        return OsFile.openFlags(p, read, write, create, excl, trunc, append).fd;
    }

    /** The errno an io failure already knows, or -1. */
    public static int errnoOf(IOException e) {
        return e instanceof OsFile.ErrnoException x ? x.errno : -1;
    }

    /** Java streams (a child process's pipe) as a new descriptor; closing it closes them. */
    public static int adopt(java.io.InputStream in, java.io.OutputStream out) {
        return OsFile.streams(in, out).fd;
    }

    /** {@code os.lseek(fd, pos, whence)}: the new position. */
    public static long seek(long fd, long pos, int whence) {
        try {
            return file(fd).seek(pos, whence);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.ftruncate(fd, length)}. */
    public static void truncate(long fd, long length) {
        try {
            file(fd).truncate(length);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.fsync(fd)} (metadata too) or {@code os.fdatasync(fd)}. */
    public static void sync(long fd, boolean metadata) {
        try {
            file(fd).sync(metadata);
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** The absolute path of the file behind fd (opened by path), or null; EBADF when fd is not open. */
    public static String path(long fd) { return file(fd).path(); }

    /** The current size of the file behind fd, or -1 for a pipe or stream. */
    public static long size(long fd) {
        try {
            return file(fd).size();
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** True when fd (0, 1 or 2) still is the process's standard stream, not redirected by dup2. */
    public static boolean isProcessStd(long fd) { return OsFile.isProcessStd(fd); }

    /** True for a standard stream or a pipe end (not a file opened by path). */
    public static boolean isStream(long fd) { return file(fd).path() == null; }

    /** A stream reading fd's data from its current position (to feed a child process), or null. */
    public static java.io.InputStream rawInput(long fd) { return file(fd).rawInput(); }

    /** A stream writing to fd (a child process's output), or null. */
    public static java.io.OutputStream rawOutput(long fd) { return file(fd).rawOutput(); }
}
