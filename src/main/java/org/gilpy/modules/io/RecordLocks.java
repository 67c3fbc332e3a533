package org.gilpy.modules.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.objects.PyOSError;

/**
 * POSIX record locks ({@code os.lockf}) over the JDK's file locks. POSIX locks belong to
 * the process: a region it already holds is granted again, locking a range next to or
 * over its own merges them, and unlocking part of a range keeps the rest. The JDK refuses
 * overlapping locks inside one JVM, so this class keeps the process's locks per file and
 * does that bookkeeping itself; other processes see the locks through fcntl(2), which the
 * JDK uses. A wait for another process's lock releases the GIL (BLOCKING-IO).
 */
final class RecordLocks {
    private RecordLocks() {}

    /** The locks this process holds, per file path. */
    private static final Map<String, List<FileLock>> LOCKS = new HashMap<>();

    /**
     * {@code os.lockf(fd, cmd, len)} on [position, position + len) (len 0: to the end of
     * all offsets; negative: the len bytes before the position): F_ULOCK 0, F_LOCK 1 (waits),
     * F_TLOCK 2 (EAGAIN when another process holds it), F_TEST 3 (EACCES when another
     * process holds it).
     */
    static void lockf(FileChannel channel, String path, int cmd, long len) throws IOException {
        if (cmd < 0 || cmd > 3) throw new OsFile.ErrnoException(PyOSError.EINVAL);
        long pos = Blocking.call(channel::position);
        long start = len < 0 ? pos + len : pos;
        long size = len == 0 ? Long.MAX_VALUE - start : Math.abs(len);
        if (start < 0) throw new OsFile.ErrnoException(PyOSError.EINVAL);
        long end = start + size;
        if (cmd == 3) {
            synchronized (LOCKS) {
                for (var l : LOCKS.getOrDefault(path, List.of())) {
                    if (l.isValid() && l.overlaps(start, size)) return;   // ours
                }
            }
            FileLock probe;
            try {
                probe = Blocking.call(() -> channel.tryLock(start, size, !writable(channel)));
            } catch (OverlappingFileLockException e) {
                return;
            }
            if (probe == null) throw new OsFile.ErrnoException(PyOSError.EACCES);
            probe.release();
            return;
        }
        if (cmd != 0 && !writable(channel)) throw new OsFile.ErrnoException(PyOSError.EBADF);
        long[] union = new long[2];
        synchronized (LOCKS) {
            var held = LOCKS.computeIfAbsent(path, k -> new ArrayList<>());
            held.removeIf(l -> !l.isValid());
            if (cmd != 0) {
                for (var l : held) {
                    if (l.position() <= start && l.position() + l.size() >= end) return;   // already ours
                }
            }
            // release what overlaps; an unlock keeps the parts outside the region, a lock takes their union
            long lo = start, hi = end;
            List<long[]> keep = new ArrayList<>();
            for (var it = held.iterator(); it.hasNext(); ) {
                var l = it.next();
                long ls = l.position(), le = l.position() + l.size();
                if (le <= start || ls >= end) continue;
                l.release();
                it.remove();
                if (cmd == 0) {
                    if (ls < start) keep.add(new long[] {ls, start});
                    if (le > end) keep.add(new long[] {end, le});
                } else {
                    lo = Math.min(lo, ls);
                    hi = Math.max(hi, le);
                }
            }
            for (long[] k : keep) {
                var l = channel.tryLock(k[0], k[1] - k[0], false);
                if (l != null) held.add(l);
            }
            if (cmd == 0) return;
            union[0] = lo;
            union[1] = hi - lo;
        }
        // the wait for another process happens outside the monitor, so no other thread queues behind it
        FileLock got = cmd == 1 ? Blocking.call(() -> channel.lock(union[0], union[1], false))
                : Blocking.call(() -> channel.tryLock(union[0], union[1], false));
        if (got == null) throw new OsFile.ErrnoException(PyOSError.EAGAIN);
        synchronized (LOCKS) {
            LOCKS.computeIfAbsent(path, k -> new ArrayList<>()).add(got);
        }
    }

    /** Whether the channel was opened for writing (an exclusive lock needs that). */
    private static boolean writable(FileChannel channel) {
        try {
            channel.write(ByteBuffer.allocate(0));
            return true;
        } catch (NonWritableChannelException | IOException e) {
            return false;
        }
    }
}
