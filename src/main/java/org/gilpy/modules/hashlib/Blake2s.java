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

    /** The compression function F, with the working vector in locals as in {@link Blake2b}. */
    private void compress(byte[] block, int off, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) m[i] = le32(block, off + 4 * i);
        int v0 = h[0], v1 = h[1], v2 = h[2], v3 = h[3], v4 = h[4], v5 = h[5], v6 = h[6], v7 = h[7];
        int v8 = IV[0], v9 = IV[1], v10 = IV[2], v11 = IV[3];
        int v12 = IV[4] ^ (int) t, v13 = IV[5] ^ (int) (t >>> 32), v14 = IV[6], v15 = IV[7];
        if (last) {
            v14 = ~v14;
            if (lastNode) v15 = ~v15;
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2Params.SIGMA[r];
            v0 += v4 + m[s[0]];
            v12 = Integer.rotateRight(v12 ^ v0, 16);
            v8 += v12;
            v4 = Integer.rotateRight(v4 ^ v8, 12);
            v0 += v4 + m[s[1]];
            v12 = Integer.rotateRight(v12 ^ v0, 8);
            v8 += v12;
            v4 = Integer.rotateRight(v4 ^ v8, 7);
            v1 += v5 + m[s[2]];
            v13 = Integer.rotateRight(v13 ^ v1, 16);
            v9 += v13;
            v5 = Integer.rotateRight(v5 ^ v9, 12);
            v1 += v5 + m[s[3]];
            v13 = Integer.rotateRight(v13 ^ v1, 8);
            v9 += v13;
            v5 = Integer.rotateRight(v5 ^ v9, 7);
            v2 += v6 + m[s[4]];
            v14 = Integer.rotateRight(v14 ^ v2, 16);
            v10 += v14;
            v6 = Integer.rotateRight(v6 ^ v10, 12);
            v2 += v6 + m[s[5]];
            v14 = Integer.rotateRight(v14 ^ v2, 8);
            v10 += v14;
            v6 = Integer.rotateRight(v6 ^ v10, 7);
            v3 += v7 + m[s[6]];
            v15 = Integer.rotateRight(v15 ^ v3, 16);
            v11 += v15;
            v7 = Integer.rotateRight(v7 ^ v11, 12);
            v3 += v7 + m[s[7]];
            v15 = Integer.rotateRight(v15 ^ v3, 8);
            v11 += v15;
            v7 = Integer.rotateRight(v7 ^ v11, 7);
            v0 += v5 + m[s[8]];
            v15 = Integer.rotateRight(v15 ^ v0, 16);
            v10 += v15;
            v5 = Integer.rotateRight(v5 ^ v10, 12);
            v0 += v5 + m[s[9]];
            v15 = Integer.rotateRight(v15 ^ v0, 8);
            v10 += v15;
            v5 = Integer.rotateRight(v5 ^ v10, 7);
            v1 += v6 + m[s[10]];
            v12 = Integer.rotateRight(v12 ^ v1, 16);
            v11 += v12;
            v6 = Integer.rotateRight(v6 ^ v11, 12);
            v1 += v6 + m[s[11]];
            v12 = Integer.rotateRight(v12 ^ v1, 8);
            v11 += v12;
            v6 = Integer.rotateRight(v6 ^ v11, 7);
            v2 += v7 + m[s[12]];
            v13 = Integer.rotateRight(v13 ^ v2, 16);
            v8 += v13;
            v7 = Integer.rotateRight(v7 ^ v8, 12);
            v2 += v7 + m[s[13]];
            v13 = Integer.rotateRight(v13 ^ v2, 8);
            v8 += v13;
            v7 = Integer.rotateRight(v7 ^ v8, 7);
            v3 += v4 + m[s[14]];
            v14 = Integer.rotateRight(v14 ^ v3, 16);
            v9 += v14;
            v4 = Integer.rotateRight(v4 ^ v9, 12);
            v3 += v4 + m[s[15]];
            v14 = Integer.rotateRight(v14 ^ v3, 8);
            v9 += v14;
            v4 = Integer.rotateRight(v4 ^ v9, 7);
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
