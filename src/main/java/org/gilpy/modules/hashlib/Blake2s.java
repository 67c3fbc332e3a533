package org.gilpy.modules.hashlib;

import java.util.Arrays;

/** BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes. */
final class Blake2s extends Engine {
    static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    private final int[] h;
    private final byte[] buf;
    private int buffered;
    private long t;               // bytes compressed so far, 64 bits
    private final int digestSize;
    private final boolean lastNode;

    Blake2s(Blake2Params p) {
        h = new int[8];
        buf = new byte[64];
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        byte[] block = p.block(false);
        for (int i = 0; i < 8; i++) h[i] = IV[i] ^ le32(block, 4 * i);
        if (p.key().length > 0) {
            byte[] k = Arrays.copyOf(p.key(), 64);
            update(k, 0, 64);
        }
    }

    private Blake2s(Blake2s o) {
        h = o.h.clone();
        buf = o.buf.clone();
        buffered = o.buffered;
        t = o.t;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
    }

    @Override
    void update(byte[] b, int off, int len) {
        while (len > 0) {
            if (buffered == 64) {           // more data follows, so this block is not the last
                t += 64;
                compress(buf, 0, false);
                buffered = 0;
            }
            if (buffered == 0) {
                for (; len > 64; off += 64, len -= 64) {
                    t += 64;
                    compress(b, off, false);
                }
            }
            int n = Math.min(len, 64 - buffered);
            System.arraycopy(b, off, buf, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    byte[] digest() {
        Blake2s e = new Blake2s(this);
        e.t += e.buffered;
        Arrays.fill(e.buf, e.buffered, 64, (byte) 0);
        e.compress(e.buf, 0, true);
        byte[] full = new byte[32];
        for (int i = 0; i < 8; i++) putLe32(full, 4 * i, e.h[i]);
        return Arrays.copyOf(full, digestSize);
    }

    @Override
    Engine copy() {
        return new Blake2s(this);
    }

    @Override
    int digestSize() {
        return digestSize;
    }

    @Override
    int blockSize() {
        return 64;
    }

    private void compress(byte[] block, int off, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) m[i] = le32(block, off + 4 * i);
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) v[15] = ~v[15];
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2Params.SIGMA[r];
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

    private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
