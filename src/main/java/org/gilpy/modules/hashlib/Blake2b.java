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

    private void compress(byte[] block, int off, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) m[i] = le64(block, off + 8 * i);
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) v[15] = ~v[15];
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = Blake2Params.SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
