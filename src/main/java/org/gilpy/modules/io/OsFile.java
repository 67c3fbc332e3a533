package org.gilpy.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import org.gilpy.objects.PyOSError;

/**
 * An open operating-system file as gilpy's file descriptor: a seekable {@link FileChannel}
 * for a path, one end of an {@code os.pipe()} ({@link PipeBuffer}), or a plain stream pair
 * for the standard streams and for streams supplied by Java callers (tests). File descriptor numbers are gilpy's own: 0, 1 and 2 are the
 * standard streams and every other open file takes the lowest free number, as POSIX
 * does, so {@code open(f.fileno())} finds the same file.
 *
 * <p>An OsFile is what POSIX calls an open file description: {@code os.dup} and
 * {@code os.dup2} make more descriptors refer to it ({@link #refs} counts them), and it is
 * released when the last one closes. File objects hold a descriptor number, not an
 * OsFile, so {@code os.dup2(fd, 1)} redirects what {@code sys.stdout} writes. The
 * close-on-exec ("inheritable") flag belongs to the descriptor, O_NONBLOCK to the
 * description.
 *
 * <p>Every operation that touches the OS runs through {@link Blocking} (BLOCKING-IO).
 * Append mode is emulated (each write goes to the current end of the file) because a
 * JDK channel cannot be both readable and appending.
 */
final class OsFile {
    private static final TreeMap<Integer, OsFile> TABLE = new TreeMap<>();
    /** The descriptors whose inheritable flag is set (0, 1 and 2 at start). Guarded by TABLE. */
    private static final java.util.TreeSet<Integer> INHERITABLE = new java.util.TreeSet<>();
    /** The process's standard streams as made at start. */
    private static final OsFile[] STD = new OsFile[3];

    /** The descriptor this file was first given (what the OS knows the standard streams by). */
    final int fd;
    /** How many descriptors refer to this file. Guarded by TABLE. */
    private int refs = 1;
    /** O_NONBLOCK: a read or write that would wait fails with EAGAIN instead. */
    private volatile boolean nonBlocking;
    final String path;
    private final FileChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final boolean append;
    private final Boolean tty;
    private InterruptibleInput input;
    /** The buffer of a pipe's read end, read directly so that a signal can cut the wait short. */
    private PipeBuffer pipeBuffer;
    /** True for a pipe end: closing the descriptor closes its stream (the standard streams stay open). */
    private final boolean pipe;
    /** The socket (or other endpoint) behind this descriptor, or null. */
    private Endpoint endpoint;
    /** The buffer of a pipe's write end (for its readiness). */
    private PipeBuffer sinkBuffer;

    private OsFile(int fd, String path, FileChannel channel, InputStream in, OutputStream out, boolean append,
                   Boolean tty, boolean pipe) {
        this.fd = fd;
        this.path = path;
        this.channel = channel;
        this.in = in;
        this.out = out;
        this.append = append;
        this.tty = tty;
        this.pipe = pipe;
    }

    /** Opens a path with FileIO's flags (r, w, a, x, each with or without +). */
    static OsFile open(String name, boolean read, boolean write, char kind) throws IOException {
        Path p = CurrentDir.resolve(name);
        checkTrailingSlash(name, p, kind != 'r');
        if (Files.isDirectory(p)) throw new ErrnoException(PyOSError.EISDIR);
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        switch (kind) {
            case 'w' -> { opts.add(StandardOpenOption.CREATE); opts.add(StandardOpenOption.TRUNCATE_EXISTING); }
            case 'a' -> opts.add(StandardOpenOption.CREATE);
            case 'x' -> opts.add(StandardOpenOption.CREATE_NEW);
            default -> { }
        }
        FileChannel ch = Blocking.call(() -> FileChannel.open(p, opts));
        if (kind == 'a') ch.position(ch.size());
        return register(fd -> new OsFile(fd, p.toAbsolutePath().normalize().toString(), ch, null, null,
                kind == 'a', false, false));
    }

    /**
     * A name ending in '/' names a directory, which Java's Path forgets: Linux's open(2)
     * then fails with EISDIR when it may create the file (O_CREAT), else with ENOTDIR on
     * an existing non-directory.
     */
    static void checkTrailingSlash(String name, Path p, boolean create) throws IOException {
        if (!name.endsWith("/") || Files.isDirectory(p)) return;
        if (create) throw new ErrnoException(PyOSError.EISDIR);
        if (Files.exists(p)) throw new ErrnoException(PyOSError.ENOTDIR);
    }

    /**
     * Opens a path for {@code os.open}: the POSIX flags decoded by the caller. A directory
     * opens read-only (as open(2) allows); writing to one is EISDIR.
     */
    static OsFile openFlags(Path p, boolean read, boolean write, boolean create, boolean excl, boolean trunc,
                            boolean append) throws IOException {
        if (Files.isDirectory(p) && (write || create && excl)) {
            throw new ErrnoException(create && excl ? PyOSError.EEXIST : PyOSError.EISDIR);
        }
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (read || !write) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        if (create) opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (trunc && write) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel ch = Blocking.call(() -> FileChannel.open(p, opts));
        return register(fd -> new OsFile(fd, p.toAbsolutePath().normalize().toString(), ch, null, null,
                append, false, false));
    }

    /** Java streams (a child process's pipes) as a new descriptor that closes them when closed. */
    static OsFile streams(InputStream in, OutputStream out) {
        return register(fd -> new OsFile(fd, null, null, in, out, false, false, true));
    }

    /** The absolute path of a file opened by path, else null. */
    String path() { return path; }

    /** The file's bytes as a stream from its current position (a child process's stdin), or null. */
    InputStream rawInput() {
        return channel != null ? java.nio.channels.Channels.newInputStream(channel) : in;
    }

    /** A stream that writes to the file (a child process's output), or null. */
    OutputStream rawOutput() {
        if (channel == null) return out;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (channel) {
                    if (append) channel.position(channel.size());
                    ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                    while (buf.hasRemaining()) channel.write(buf);
                }
            }
        };
    }

    /** {@code os.fsync} (with metadata) or {@code os.fdatasync}: forces a file's data to the device. */
    void sync(boolean metadata) throws IOException {
        if (channel != null) Blocking.run(() -> channel.force(metadata));
        else if (endpoint != null || pipe) throw new ErrnoException(PyOSError.EINVAL);
    }

    /** {@code os.pread}: at most n bytes at offset, the position unchanged; 0 at end of file. */
    int readAt(byte[] b, int n, long offset) throws IOException {
        if (channel == null) throw new ErrnoException(PyOSError.ESPIPE);
        if (offset < 0) throw new ErrnoException(PyOSError.EINVAL);
        try {
            return Math.max(0, Blocking.call(() -> channel.read(ByteBuffer.wrap(b, 0, n), offset)));
        } catch (NonReadableChannelException e) {
            return badFd();
        }
    }

    /** {@code os.pwrite}: all of b[0..n) at offset, the position unchanged. */
    int writeAt(byte[] b, int n, long offset) throws IOException {
        if (channel == null) throw new ErrnoException(PyOSError.ESPIPE);
        if (offset < 0) throw new ErrnoException(PyOSError.EINVAL);
        try {
            return Blocking.call(() -> {
                ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
                long at = offset;
                while (buf.hasRemaining()) at += channel.write(buf, at);
                return n;
            });
        } catch (NonWritableChannelException e) {
            return badFd();
        }
    }

    /** The file's size for {@code os.fstat}, or -1 for a stream. */
    long size() throws IOException {
        return channel == null ? -1 : Blocking.call(channel::size);
    }

    /** A new pipe: {read end, write end}, each taking the lowest free descriptor. */
    static OsFile[] pipe() {
        PipeBuffer buf = new PipeBuffer();
        OsFile r = register(fd -> new OsFile(fd, null, null, buf.source(), null, false, false, true));
        r.pipeBuffer = buf;
        OsFile w = register(fd -> new OsFile(fd, null, null, null, buf.sink(), false, false, true));
        w.sinkBuffer = buf;
        return new OsFile[] {r, w};
    }

    /** A descriptor for an endpoint (a socket), taking the lowest free number. */
    static OsFile endpoint(Endpoint e) {
        return register(fd -> {
            OsFile f = new OsFile(fd, null, null, null, null, false, false, false);
            f.endpoint = e;
            return f;
        });
    }

    /** What the descriptor's endpoint is, or null for a file, pipe or standard stream. */
    Endpoint endpoint() { return endpoint; }

    /** How select and poll see this descriptor. */
    Readiness readiness() {
        if (endpoint != null) return endpoint;
        if (pipeBuffer != null) return pipeBuffer.readiness(true);
        if (sinkBuffer != null) return sinkBuffer.readiness(false);
        return Readiness.ALWAYS;
    }

    /** A standard stream (fd 0, 1 or 2) over Java streams; tty null means "ask the OS". */
    static OsFile std(int fd, InputStream in, OutputStream out, Boolean tty) {
        OsFile f = new OsFile(fd, null, null, in, out, false, tty, false);
        STD[fd] = f;
        synchronized (TABLE) {
            TABLE.put(fd, f);
            INHERITABLE.add(fd);
        }
        return f;
    }

    private static OsFile register(java.util.function.IntFunction<OsFile> make) {
        synchronized (TABLE) {
            OsFile f = make.apply(lowestFree(0));
            TABLE.put(f.fd, f);
            return f;
        }
    }

    private static int lowestFree(int from) {
        int fd = from;
        while (TABLE.containsKey(fd)) fd++;
        return fd;
    }

    /** {@code os.dup(fd)}: the lowest free descriptor now refers to fd's file too (not inheritable). */
    static int dup(long fd) throws IOException {
        synchronized (TABLE) {
            OsFile f = byFd(fd);
            if (f == null) badFd();
            int nfd = lowestFree(0);
            f.refs++;
            TABLE.put(nfd, f);
            return nfd;
        }
    }

    /**
     * {@code os.dup2(fd, fd2)}: fd2 refers to fd's file, after closing what fd2 referred to
     * (silently, as dup2(2) does).
     */
    static int dup2(long fd, long fd2, boolean inheritable) throws IOException {
        OsFile old;
        synchronized (TABLE) {
            OsFile f = byFd(fd);
            if (f == null || fd2 < 0 || fd2 > Integer.MAX_VALUE) badFd();
            if (fd == fd2) return (int) fd2;
            int target = (int) fd2;
            f.refs++;
            old = TABLE.put(target, f);
            if (inheritable) INHERITABLE.add(target);
            else INHERITABLE.remove(target);
            if (old != null && --old.refs > 0) old = null;
        }
        if (old != null) {
            try {
                old.release();
            } catch (IOException e) {
                // dup2(2) ignores errors closing the old descriptor
            }
        }
        return (int) fd2;
    }

    static boolean inheritable(long fd) throws IOException {
        synchronized (TABLE) {
            if (byFd(fd) == null) badFd();
            return INHERITABLE.contains((int) fd);
        }
    }

    static void setInheritable(long fd, boolean on) throws IOException {
        synchronized (TABLE) {
            if (byFd(fd) == null) badFd();
            if (on) INHERITABLE.add((int) fd);
            else INHERITABLE.remove((int) fd);
        }
    }

    boolean blocking() { return !nonBlocking; }

    void setBlocking(boolean on) {
        nonBlocking = !on;
    }

    /** Closes descriptor fd; the file is released when no other descriptor refers to it. */
    static void closeFd(long fd) throws IOException {
        OsFile f;
        synchronized (TABLE) {
            f = byFd(fd);
            if (f == null) badFd();
            TABLE.remove((int) fd);
            INHERITABLE.remove((int) fd);
            if (--f.refs > 0) return;
        }
        f.release();
    }

    /** The open descriptors from lo up to (not including) hi. */
    static int[] openFds(long lo, long hi) {
        if (hi <= lo) return new int[0];
        synchronized (TABLE) {
            return TABLE.subMap((int) Math.max(0, Math.min(lo, Integer.MAX_VALUE)),
                    (int) Math.max(0, Math.min(hi, Integer.MAX_VALUE))).keySet().stream()
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * True when descriptor fd (0, 1 or 2) is still the process's own standard stream (not
     * redirected by dup2, not closed), so that a child process can inherit it directly.
     */
    static boolean isProcessStd(long fd) {
        return fd >= 0 && fd <= 2 && byFd(fd) == STD[(int) fd];
    }

    /** The open file with this descriptor, or null. */
    static OsFile byFd(long fd) {
        synchronized (TABLE) {
            return fd < 0 || fd > Integer.MAX_VALUE ? null : TABLE.get((int) fd);
        }
    }

    boolean seekable() { return channel != null; }

    /** Stream reads go through one reader per stream, so that a signal can cut them short. */
    private InterruptibleInput input() {
        synchronized (this) {
            if (input == null) input = new InterruptibleInput(in);
            return input;
        }
    }

    /**
     * The buffer size for a read of at most n bytes: what one read can return (a pipe's
     * capacity, what is left of a file), so that a huge n allocates nothing huge.
     */
    int readLimit(long n) throws IOException {
        if (pipe) return PipeBuffer.readLimit(n);
        if (endpoint != null) return (int) Math.min(n, 1 << 20);
        if (channel != null) {
            long left = Blocking.call(() -> channel.size() - channel.position());
            return (int) Math.min(n, Math.max(left, 0));
        }
        return (int) Math.min(n, 1 << 20);
    }

    /** Reads at most n bytes into b; returns the count, 0 at end of file. */
    int read(byte[] b, int n) throws IOException {
        if (n == 0) return 0;
        try {
            int r = endpoint != null ? endpoint.read(b, n)
                    : channel != null ? Blocking.call(() -> channel.read(ByteBuffer.wrap(b, 0, n)))
                    : in == null ? badFd()
                    : pipeBuffer != null && nonBlocking ? pipeBuffer.tryRead(b, n)
                    : pipeBuffer != null ? org.gilpy.vm.Blocking.restartably(() -> pipeBuffer.read(b, n, true))
                    : input().read(b, n);
            return Math.max(r, 0);
        } catch (NonReadableChannelException e) {
            return badFd();
        }
    }

    /**
     * Writes all of b[0..n) and returns n; a non-blocking pipe takes what fits now and
     * returns that count (EAGAIN when nothing fits).
     */
    int write(byte[] b, int n) throws IOException {
        try {
            if (nonBlocking && sinkBuffer != null && n > 0) {
                int k = sinkBuffer.tryWrite(b, n);
                if (k == 0) throw new ErrnoException(PyOSError.EAGAIN);
                return k;
            }
            writeAll(b, n);
            return n;
        } catch (NonWritableChannelException e) {
            return badFd();
        }
    }

    private void writeAll(byte[] b, int n) throws IOException {
        if (endpoint != null) {
            endpoint.write(b, n);
        } else if (channel != null) {
            Blocking.run(() -> {
                if (append) channel.position(channel.size());
                ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
                while (buf.hasRemaining()) channel.write(buf);
            });
        } else if (out != null) {
            Blocking.run(() -> {
                out.write(b, 0, n);
                out.flush();
            });
        } else {
            badFd();
        }
    }

    long seek(long pos, int whence) throws IOException {
        if (channel == null) throw new ErrnoException(PyOSError.ESPIPE);
        return Blocking.call(() -> {
            if (whence == 3 || whence == 4) {
                // SEEK_DATA, SEEK_HOLE: gilpy sees no holes, so all of the file is data, its end the one hole
                long size = channel.size();
                if (pos < 0 || pos >= size) throw new ErrnoException(6);   // ENXIO
                long target = whence == 3 ? pos : size;
                channel.position(target);
                return target;
            }
            long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
            long target = base + pos;
            if (target < 0) throw new ErrnoException(PyOSError.EINVAL);
            channel.position(target);
            return target;
        });
    }

    /** {@code os.posix_fallocate}: the file grows (with zeros) to at least offset + len bytes. */
    void allocate(long offset, long len) throws IOException {
        if (channel == null) throw new ErrnoException(out == null && endpoint == null ? PyOSError.EBADF : PyOSError.ESPIPE);
        if (offset < 0 || len <= 0) throw new ErrnoException(PyOSError.EINVAL);
        Blocking.run(() -> {
            try {
                long end = offset + len;
                if (end > channel.size()) channel.write(ByteBuffer.wrap(new byte[1]), end - 1);
            } catch (NonWritableChannelException e) {
                badFd();
            }
        });
    }

    /** {@code os.lockf}: see {@link RecordLocks}. */
    void lockf(int cmd, long len) throws IOException {
        if (channel == null) throw new ErrnoException(PyOSError.EBADF);
        RecordLocks.lockf(channel, path, cmd, len);
    }

    long tell() throws IOException {
        return seek(0, 1);
    }

    /** Sets the file's size (extending with zeros); the position does not move. */
    void truncate(long size) throws IOException {
        if (channel == null) throw new ErrnoException(PyOSError.EINVAL);
        Blocking.run(() -> {
            long pos = channel.position();
            if (size < channel.size()) {
                channel.truncate(size);
            } else if (size > channel.size()) {
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            channel.position(pos);
        });
    }

    boolean isatty() {
        if (tty != null) return tty;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null && System.console().isTerminal();
        }
    }

    /** Releases the file once no descriptor refers to it (the standard streams stay open for the JVM). */
    private void release() throws IOException {
        if (endpoint != null) endpoint.close();
        else if (channel != null) Blocking.run(channel::close);
        else if (pipe) (in != null ? in : out).close();
    }

    private static int badFd() throws IOException {
        throw new ErrnoException(PyOSError.EBADF);
    }

    /** A failure that already knows its (Linux) errno. */
    static final class ErrnoException extends IOException {
        final int errno;

        ErrnoException(int errno) {
            super(PyOSError.strerror(errno), null);
            this.errno = errno;
        }
    }
}
