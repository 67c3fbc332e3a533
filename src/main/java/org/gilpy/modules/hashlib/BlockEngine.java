package org.gilpy.modules.hashlib;

import java.util.Arrays;

/**
 * The Merkle–Damgård frame shared by RIPEMD-160 and SM3: 64-byte blocks, the message
 * padded with 0x80, zeros and its length in bits as a 64-bit number (little-endian for
 * RIPEMD-160, big-endian for SM3). Subclasses hold the chaining words and compress.
 */
abstract class BlockEngine extends Engine {
    private byte[] buffer = new byte[64];
    private int buffered;
    private long length;     // bytes fed so far

    /** Mixes one 64-byte block at {@code off} into the chaining state. */
    abstract void compress(byte[] block, int off);

    /** The chaining state as the digest's bytes. */
    abstract byte[] output();

    /** Whether the bit length goes in little-endian. */
    abstract boolean littleEndianLength();

    /** A new engine of the same kind in its initial state (copy fills in the rest). */
    abstract BlockEngine blank();

    /** Copies the chaining words into {@code other}. */
    abstract void copyState(BlockEngine other);

    @Override
    final void update(byte[] b, int off, int len) {
        length += len;
        if (buffered > 0) {
            int n = Math.min(len, 64 - buffered);
            System.arraycopy(b, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered < 64) return;
            compress(buffer, 0);
            buffered = 0;
        }
        for (; len >= 64; off += 64, len -= 64) compress(b, off);
        System.arraycopy(b, off, buffer, 0, len);
        buffered = len;
    }

    @Override
    final byte[] digest() {
        BlockEngine e = (BlockEngine) copy();
        long bits = length << 3;
        byte[] pad = new byte[(buffered < 56 ? 64 : 128) - buffered];
        pad[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            int shift = littleEndianLength() ? 8 * i : 56 - 8 * i;
            pad[pad.length - 8 + i] = (byte) (bits >>> shift);
        }
        e.update(pad, 0, pad.length);
        return e.output();
    }

    @Override
    final Engine copy() {
        BlockEngine e = blank();
        copyState(e);
        e.buffer = Arrays.copyOf(buffer, 64);
        e.buffered = buffered;
        e.length = length;
        return e;
    }

    @Override
    final int blockSize() {
        return 64;
    }

    static int rol(int x, int n) {
        return Integer.rotateLeft(x, n);
    }
}
