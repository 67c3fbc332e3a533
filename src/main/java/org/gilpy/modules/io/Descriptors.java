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

    /** {@code os.write(fd, data)}: writes all of data (a private copy); returns its length. */
    public static int write(long fd, byte[] data) {
        OsFile f = file(fd);
        try {
            f.write(data, data.length);
            return data.length;
        } catch (IOException e) {
            throw PyIOBase.osError(e, null);
        }
    }

    /** {@code os.close(fd)}. */
    public static void close(long fd) {
        OsFile f = file(fd);
        try {
            f.close();
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
}
