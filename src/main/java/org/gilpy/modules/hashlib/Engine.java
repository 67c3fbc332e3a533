package org.gilpy.modules.hashlib;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.gilpy.vm.Blocking;

/**
 * One running hash computation. {@link #digest()} reads the result of the data so far
 * without ending the computation (more {@link #update} may follow), as Python's hash
 * objects require; {@link #copy()} forks the state.
 *
 * <p>The Python objects feed large inputs without the GIL (as CPython does from 2048
 * bytes on), so another thread may be inside an update: they reach an engine only
 * through {@link #feed} and {@link #locked}, which hold its {@link #lock}, waiting for it
 * without the GIL when it is busy.
 */
abstract class Engine {
    /** Inputs of at least this many bytes are hashed without the GIL (CPython's HASHLIB_GIL_MINSIZE). */
    static final int GIL_MINSIZE = 2048;

    private final ReentrantLock lock = new ReentrantLock();

    /** Feeds {@code len} bytes of {@code b} under the lock; a large input without the GIL. */
    final void feed(byte[] b, int off, int len) {
        if (len < GIL_MINSIZE) {
            locked(() -> {
                update(b, off, len);
                return null;
            });
            return;
        }
        Blocking.call(() -> {
            lock.lock();
            try {
                update(b, off, len);
            } finally {
                lock.unlock();
            }
            return null;
        });
    }

    /** Runs body holding the lock; a thread that finds it taken waits without the GIL. */
    final <T> T locked(Supplier<T> body) {
        if (!lock.tryLock()) {
            Blocking.call(() -> {
                lock.lock();
                return null;
            });
        }
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** Feeds {@code len} bytes of {@code b} from {@code off}. */
    abstract void update(byte[] b, int off, int len);

    /** The digest of everything fed so far; the state is unchanged. */
    abstract byte[] digest();

    /** The digest of everything fed so far, for a caller that will not use the engine
     * again (an engine may then skip preserving its state). */
    byte[] finish() {
        return digest();
    }

    /** An independent engine in the same state. */
    abstract Engine copy();

    /** Bytes in a digest (0 for an extendable-output function). */
    abstract int digestSize();

    /** Bytes in one input block (what HMAC pads the key to). */
    abstract int blockSize();

    final void update(byte[] b) {
        update(b, 0, b.length);
    }

    static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    static long le64(byte[] b, int i) {
        return (le32(b, i) & 0xffffffffL) | (long) le32(b, i + 4) << 32;
    }

    static int be32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    static void putLe32(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }

    static void putLe64(byte[] b, int i, long v) {
        putLe32(b, i, (int) v);
        putLe32(b, i + 4, (int) (v >>> 32));
    }

    static void putBe32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
