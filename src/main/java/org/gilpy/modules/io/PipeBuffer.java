package org.gilpy.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gilpy.objects.PyOSError;

/**
 * The buffer behind {@code os.pipe()}: bytes written to the sink come out of the source,
 * first in, first out, with the semantics of a POSIX pipe inside one process. A read
 * blocks until at least one byte is there (then returns what is there, up to the size
 * asked for) or every writer has closed (end of file); a write blocks while the buffer is
 * full and fails with EPIPE once the reader has closed. {@link #CAPACITY} is Linux's
 * default pipe size.
 *
 * <p>The waits are {@link Condition} waits, so a writer wakes a blocked reader at once
 * (one unpark). They are uninterruptible (the interrupt status is kept), like an
 * untimed lock acquire; callers run them through {@link Blocking}, without the GIL.
 */
final class PipeBuffer {
    static final int CAPACITY = 65536;

    private final byte[] ring = new byte[CAPACITY];
    /** Index of the oldest byte, and how many bytes are buffered. Guarded by lock. */
    private int head, count;
    private boolean readerOpen = true, writerOpen = true;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    /** Who select/poll asked to be told of changes ({@link Readiness#watch}); copied on change. */
    private volatile java.util.List<Runnable> watchers = java.util.List.of();

    /** How many bytes one read may return at most when n are asked for. */
    static int readLimit(long n) {
        return (int) Math.min(n, CAPACITY);
    }

    /** Reads 1 to n bytes into b (blocking until there is one), or returns -1 at end of file. */
    int read(byte[] b, int n) {
        try {
            return read(b, n, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);   // not reached: the wait was uninterruptible
        }
    }

    /**
     * As {@link #read(byte[], int)}; when interruptible, a Java interrupt (a signal for
     * the main thread, see vm/Signals) ends the wait with InterruptedException.
     */
    int read(byte[] b, int n, boolean interruptible) throws InterruptedException {
        lock.lock();
        try {
            while (count == 0 && writerOpen) {
                if (interruptible) readable.await();
                else readable.awaitUninterruptibly();
            }
            if (count == 0) return -1;
            int got = Math.min(n, count);
            int first = Math.min(got, CAPACITY - head);
            System.arraycopy(ring, head, b, 0, first);
            System.arraycopy(ring, 0, b, first, got - first);
            head = (head + got) % CAPACITY;
            count -= got;
            writable.signal();
            notifyWatchers();
            return got;
        } finally {
            lock.unlock();
        }
    }

    /** A non-blocking read: 1 to n bytes, -1 at end of file, EAGAIN when the pipe is empty. */
    int tryRead(byte[] b, int n) throws IOException {
        lock.lock();
        try {
            if (count == 0 && writerOpen) throw new OsFile.ErrnoException(PyOSError.EAGAIN);
            return read(b, n);   // does not wait: the lock (reentrant) is held
        } finally {
            lock.unlock();
        }
    }

    /** A non-blocking write: as much of b[0..n) as fits now (maybe 0); EPIPE once the reader closed. */
    int tryWrite(byte[] b, int n) throws IOException {
        lock.lock();
        try {
            if (!readerOpen) throw new OsFile.ErrnoException(PyOSError.EPIPE);
            int k = Math.min(n, CAPACITY - count);
            if (k > 0) write(b, 0, k);
            return k;
        } finally {
            lock.unlock();
        }
    }

    /** Writes all of b[off..off+n), blocking while the buffer is full. */
    void write(byte[] b, int off, int n) throws IOException {
        lock.lock();
        try {
            while (n > 0) {
                while (count == CAPACITY && readerOpen) writable.awaitUninterruptibly();
                if (!readerOpen) throw new OsFile.ErrnoException(PyOSError.EPIPE);
                int tail = (head + count) % CAPACITY;
                int k = Math.min(n, Math.min(CAPACITY - count, CAPACITY - tail));
                System.arraycopy(b, off, ring, tail, k);
                count += k;
                off += k;
                n -= k;
                readable.signal();
                notifyWatchers();
            }
        } finally {
            lock.unlock();
        }
    }

    private void closeEnd(boolean reader) {
        lock.lock();
        try {
            if (reader) {
                readerOpen = false;
                writable.signalAll();
            } else {
                writerOpen = false;
                readable.signalAll();
            }
            notifyWatchers();
        } finally {
            lock.unlock();
        }
    }

    private void notifyWatchers() {
        for (Runnable w : watchers) w.run();
    }

    /**
     * The readiness of one end, as poll(2) reports a pipe: the read end is POLLIN while
     * bytes are buffered and POLLHUP once every writer closed; the write end is POLLOUT
     * while there is room and POLLERR once the reader closed.
     */
    Readiness readiness(boolean readEnd) {
        return new Readiness() {
            @Override
            public int poll() {
                lock.lock();
                try {
                    if (readEnd) return (count > 0 ? POLLIN : 0) | (writerOpen ? 0 : POLLHUP);
                    return !readerOpen ? POLLOUT | POLLERR : count < CAPACITY ? POLLOUT : 0;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public Watch watch(Runnable wake) {
                synchronized (PipeBuffer.this) {
                    java.util.List<Runnable> w = new java.util.ArrayList<>(watchers);
                    w.add(wake);
                    watchers = java.util.List.copyOf(w);
                }
                return () -> {
                    synchronized (PipeBuffer.this) {
                        java.util.List<Runnable> w = new java.util.ArrayList<>(watchers);
                        w.remove(wake);
                        watchers = java.util.List.copyOf(w);
                    }
                };
            }
        };
    }

    /** The read end as a stream; closing it makes writes fail with EPIPE. */
    InputStream source() {
        return new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return PipeBuffer.this.read(one, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (off == 0) return PipeBuffer.this.read(b, len);
                byte[] tmp = new byte[len];
                int got = PipeBuffer.this.read(tmp, len);
                if (got > 0) System.arraycopy(tmp, 0, b, off, got);
                return got;
            }

            @Override
            public void close() { closeEnd(true); }
        };
    }

    /** The write end as a stream; closing it gives the reader end of file. */
    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                PipeBuffer.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                PipeBuffer.this.write(b, off, len);
            }

            @Override
            public void close() { closeEnd(false); }
        };
    }
}
