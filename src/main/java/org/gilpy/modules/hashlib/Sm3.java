package org.gilpy.modules.hashlib;

/** SM3 (GB/T 32905-2016), the Chinese national 256-bit hash: SHA-256's frame with its own
 * message expansion and 64 compression steps over big-endian words. */
final class Sm3 extends BlockEngine {
    private final int[] v = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600,
                             0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e};
    private final int[] w = new int[68];

    private static int p0(int x) {
        return x ^ rol(x, 9) ^ rol(x, 17);
    }

    private static int p1(int x) {
        return x ^ rol(x, 15) ^ rol(x, 23);
    }

    @Override
    void compress(byte[] block, int off) {
        for (int j = 0; j < 16; j++) w[j] = be32(block, off + 4 * j);
        for (int j = 16; j < 68; j++) {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ rol(w[j - 3], 15)) ^ rol(w[j - 13], 7) ^ w[j - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
        for (int j = 0; j < 64; j++) {
            int tj = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            int a12 = rol(a, 12);
            int ss1 = rol(a12 + e + rol(tj, j & 31), 7);
            int ss2 = ss1 ^ a12;
            int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            int tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = gg + h + ss1 + w[j];
            d = c;
            c = rol(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = rol(f, 19);
            f = e;
            e = p0(tt2);
        }
        v[0] ^= a; v[1] ^= b; v[2] ^= c; v[3] ^= d;
        v[4] ^= e; v[5] ^= f; v[6] ^= g; v[7] ^= h;
    }

    @Override
    byte[] output() {
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) putBe32(out, 4 * i, v[i]);
        return out;
    }

    @Override
    boolean littleEndianLength() {
        return false;
    }

    @Override
    BlockEngine blank() {
        return new Sm3();
    }

    @Override
    void copyState(BlockEngine other) {
        System.arraycopy(v, 0, ((Sm3) other).v, 0, 8);
    }

    @Override
    int digestSize() {
        return 32;
    }
}
