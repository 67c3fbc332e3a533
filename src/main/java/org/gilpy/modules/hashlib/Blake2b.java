package org.gilpy.modules.hashlib;

import java.util.Arrays;

/** BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes. */
final class Blake2b extends Engine {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

    private final long[] h;
    private final byte[] buf;
    private int buffered;
    private long t0, t1;          // bytes compressed so far, 128 bits
    private final int digestSize;
    private final boolean lastNode;

    Blake2b(Blake2Params p) {
        h = new long[8];
        buf = new byte[128];
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        byte[] block = p.block(true);
        for (int i = 0; i < 8; i++) h[i] = IV[i] ^ le64(block, 8 * i);
        if (p.key().length > 0) {
            byte[] k = Arrays.copyOf(p.key(), 128);
            update(k, 0, 128);
        }
    }

    private Blake2b(Blake2b o) {
        h = o.h.clone();
        buf = o.buf.clone();
        buffered = o.buffered;
        t0 = o.t0;
        t1 = o.t1;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
    }

    private void count(int n) {
        t0 += n;
        if (Long.compareUnsigned(t0, n) < 0) t1++;
    }

    @Override
    void update(byte[] b, int off, int len) {
        while (len > 0) {
            if (buffered == 128) {          // more data follows, so this block is not the last
                count(128);
                compress(buf, 0, false);
                buffered = 0;
            }
            if (buffered == 0) {
                for (; len > 128; off += 128, len -= 128) {
                    count(128);
                    compress(b, off, false);
                }
            }
            int n = Math.min(len, 128 - buffered);
            System.arraycopy(b, off, buf, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    byte[] digest() {
        Blake2b e = new Blake2b(this);
        e.count(e.buffered);
        Arrays.fill(e.buf, e.buffered, 128, (byte) 0);
        e.compress(e.buf, 0, true);
        byte[] full = new byte[64];
        for (int i = 0; i < 8; i++) putLe64(full, 8 * i, e.h[i]);
        return Arrays.copyOf(full, digestSize);
    }

    @Override
    Engine copy() {
        return new Blake2b(this);
    }

    @Override
    int digestSize() {
        return digestSize;
    }

    @Override
    int blockSize() {
        return 128;
    }

    /** The compression function F; the working vector lives in locals (v0..v15), which
     * HotSpot keeps in registers, with G written out for each of its eight columns and
     * diagonals. */
    private void compress(byte[] block, int off, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) m[i] = le64(block, off + 8 * i);
        long v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        long v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3];
        long v12 = IV[4] ^ t0, v13 = IV[5] ^ t1, v14 = IV[6], v15 = IV[7];
        if (last) {
            v14 = ~v14;
            if (lastNode) v15 = ~v15;
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = Blake2Params.SIGMA[r % 10];
            v0 += v4 + m[s[0]];
            v12 = Long.rotateRight(v12 ^ v0, 32);
            v8 += v12;
            v4 = Long.rotateRight(v4 ^ v8, 24);
            v0 += v4 + m[s[1]];
            v12 = Long.rotateRight(v12 ^ v0, 16);
            v8 += v12;
            v4 = Long.rotateRight(v4 ^ v8, 63);
            v1 += v5 + m[s[2]];
            v13 = Long.rotateRight(v13 ^ v1, 32);
            v9 += v13;
            v5 = Long.rotateRight(v5 ^ v9, 24);
            v1 += v5 + m[s[3]];
            v13 = Long.rotateRight(v13 ^ v1, 16);
            v9 += v13;
            v5 = Long.rotateRight(v5 ^ v9, 63);
            v2 += v6 + m[s[4]];
            v14 = Long.rotateRight(v14 ^ v2, 32);
            v10 += v14;
            v6 = Long.rotateRight(v6 ^ v10, 24);
            v2 += v6 + m[s[5]];
            v14 = Long.rotateRight(v14 ^ v2, 16);
            v10 += v14;
            v6 = Long.rotateRight(v6 ^ v10, 63);
            v3 += v7 + m[s[6]];
            v15 = Long.rotateRight(v15 ^ v3, 32);
            v11 += v15;
            v7 = Long.rotateRight(v7 ^ v11, 24);
            v3 += v7 + m[s[7]];
            v15 = Long.rotateRight(v15 ^ v3, 16);
            v11 += v15;
            v7 = Long.rotateRight(v7 ^ v11, 63);
            v0 += v5 + m[s[8]];
            v15 = Long.rotateRight(v15 ^ v0, 32);
            v10 += v15;
            v5 = Long.rotateRight(v5 ^ v10, 24);
            v0 += v5 + m[s[9]];
            v15 = Long.rotateRight(v15 ^ v0, 16);
            v10 += v15;
            v5 = Long.rotateRight(v5 ^ v10, 63);
            v1 += v6 + m[s[10]];
            v12 = Long.rotateRight(v12 ^ v1, 32);
            v11 += v12;
            v6 = Long.rotateRight(v6 ^ v11, 24);
            v1 += v6 + m[s[11]];
            v12 = Long.rotateRight(v12 ^ v1, 16);
            v11 += v12;
            v6 = Long.rotateRight(v6 ^ v11, 63);
            v2 += v7 + m[s[12]];
            v13 = Long.rotateRight(v13 ^ v2, 32);
            v8 += v13;
            v7 = Long.rotateRight(v7 ^ v8, 24);
            v2 += v7 + m[s[13]];
            v13 = Long.rotateRight(v13 ^ v2, 16);
            v8 += v13;
            v7 = Long.rotateRight(v7 ^ v8, 63);
            v3 += v4 + m[s[14]];
            v14 = Long.rotateRight(v14 ^ v3, 32);
            v9 += v14;
            v4 = Long.rotateRight(v4 ^ v9, 24);
            v3 += v4 + m[s[15]];
            v14 = Long.rotateRight(v14 ^ v3, 16);
            v9 += v14;
            v4 = Long.rotateRight(v4 ^ v9, 63);
        }
        h[0] ^= v0 ^ v8;
        h[1] ^= v1 ^ v9;
        h[2] ^= v2 ^ v10;
        h[3] ^= v3 ^ v11;
        h[4] ^= v4 ^ v12;
        h[5] ^= v5 ^ v13;
        h[6] ^= v6 ^ v14;
        h[7] ^= v7 ^ v15;
    }
}
