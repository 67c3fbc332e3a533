package org.gilpy.modules.hashlib;

/**
 * RIPEMD-160 (Dobbertin, Bosselaers and Preneel, 1996): two parallel lines of five rounds
 * of sixteen steps over little-endian words, combined at the end of each block.
 */
final class Ripemd160 extends BlockEngine {
    /** Message word used by each step, left line then right line. */
    private static final byte[] R = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
        1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13};
    private static final byte[] RR = {
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
        6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
        8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11};
    /** Left rotation of each step. */
    private static final byte[] S = {
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
        7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
        11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6};
    private static final byte[] SR = {
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
        9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
        15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11};
    private static final int[] K = {0, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e};
    private static final int[] KR = {0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0};

    private final int[] h = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    private final int[] x = new int[16];

    /** The round function of round {@code j} (0..4). */
    private static int f(int j, int b, int c, int d) {
        return switch (j) {
            case 0 -> b ^ c ^ d;
            case 1 -> (b & c) | (~b & d);
            case 2 -> (b | ~c) ^ d;
            case 3 -> (b & d) | (c & ~d);
            default -> b ^ (c | ~d);
        };
    }

    @Override
    void compress(byte[] block, int off) {
        for (int i = 0; i < 16; i++) x[i] = le32(block, off + 4 * i);
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        int ar = a, br = b, cr = c, dr = d, er = e;
        for (int i = 0; i < 80; i++) {
            int round = i >> 4;
            int t = rol(a + f(round, b, c, d) + x[R[i]] + K[round], S[i]) + e;
            a = e;
            e = d;
            d = rol(c, 10);
            c = b;
            b = t;
            t = rol(ar + f(4 - round, br, cr, dr) + x[RR[i]] + KR[round], SR[i]) + er;
            ar = er;
            er = dr;
            dr = rol(cr, 10);
            cr = br;
            br = t;
        }
        int t = h[1] + c + dr;
        h[1] = h[2] + d + er;
        h[2] = h[3] + e + ar;
        h[3] = h[4] + a + br;
        h[4] = h[0] + b + cr;
        h[0] = t;
    }

    @Override
    byte[] output() {
        byte[] out = new byte[20];
        for (int i = 0; i < 5; i++) putLe32(out, 4 * i, h[i]);
        return out;
    }

    @Override
    boolean littleEndianLength() {
        return true;
    }

    @Override
    BlockEngine blank() {
        return new Ripemd160();
    }

    @Override
    void copyState(BlockEngine other) {
        System.arraycopy(h, 0, ((Ripemd160) other).h, 0, 5);
    }

    @Override
    int digestSize() {
        return 20;
    }
}
