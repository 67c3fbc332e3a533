package org.gilpy.modules.hashlib;

/**
 * One running hash computation. {@link #digest()} reads the result of the data so far
 * without ending the computation (more {@link #update} may follow), as Python's hash
 * objects require; {@link #copy()} forks the state.
 */
abstract class Engine {
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
