package org.gilpy.modules.hashlib;

/**
 * The Keccak-f[1600] sponge of FIPS 202, as SHAKE128 and SHAKE256 (extendable output,
 * domain bits 1111) and the SHA-3 digests (domain bits 01). Input is XORed into the
 * state as it arrives; {@link #squeeze} pads and permutes a copy, so the sponge keeps
 * absorbing afterwards. The round constants and rotation offsets are computed from the
 * standard's definitions (the rc LFSR and the (x, y) walk) when the class loads.
 */
final class Keccak extends Engine {
    private static final long[] RC = new long[24];
    /** Rotation offset of lane x + 5y. */
    private static final int[] RHO = new int[25];
    /** Where pi moves lane x + 5y: to lane y + 5 ((2x + 3y) mod 5). */
    private static final int[] PI = new int[25];

    static {
        for (int round = 0; round < 24; round++) {
            long rc = 0;
            for (int j = 0; j <= 6; j++) {
                if (rcBit(j + 7 * round)) rc |= 1L << ((1 << j) - 1);
            }
            RC[round] = rc;
        }
        for (int i = 0; i < 25; i++) PI[i] = i / 5 + 5 * ((2 * (i % 5) + 3 * (i / 5)) % 5);
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++) {
            RHO[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y;
            y = (2 * x + 3 * y) % 5;
            x = nx;
        }
    }

    /** FIPS 202 Algorithm 5, rc(t): the output bit of the LFSR x^8 + x^6 + x^5 + x^4 + 1. */
    private static boolean rcBit(int t) {
        int r = 1;      // bit i is R[i]
        for (int i = 0; i < t % 255; i++) {
            r <<= 1;
            if ((r & 0x100) != 0) r ^= 0x171;   // R[0], R[4], R[5], R[6] ^= R[8]; drop R[8]
        }
        return (r & 1) != 0;
    }

    private final long[] a;
    private final int rate;          // bytes absorbed per permutation
    private final byte suffix;       // domain bits with the first padding bit
    private final int digestSize;    // 0: extendable output
    private int pos;                 // bytes of the current block absorbed

    private Keccak(long[] a, int rate, byte suffix, int digestSize, int pos) {
        this.a = a;
        this.rate = rate;
        this.suffix = suffix;
        this.digestSize = digestSize;
        this.pos = pos;
    }

    /** SHAKE128 (bits 128) or SHAKE256 (bits 256). */
    static Keccak shake(int bits) {
        return new Keccak(new long[25], 200 - bits / 4, (byte) 0x1f, 0);
    }

    /** SHA3-224, -256, -384 or -512 (hashlib takes these from the JDK; EngineTest checks
     * the sponge against them). */
    static Keccak sha3(int bits) {
        return new Keccak(new long[25], 200 - bits / 4, (byte) 0x06, bits / 8);
    }

    private Keccak(long[] a, int rate, byte suffix, int digestSize) {
        this(a, rate, suffix, digestSize, 0);
    }

    @Override
    void update(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            if ((pos & 7) == 0 && end - off >= 8) {    // a whole lane at once
                a[pos >> 3] ^= le64(b, off);
                off += 8;
                pos += 8;
            } else {
                a[pos >> 3] ^= (b[off++] & 0xffL) << ((pos & 7) << 3);
                pos++;
            }
            if (pos == rate) {
                permute(a);
                pos = 0;
            }
        }
    }

    @Override
    byte[] digest() {
        return squeeze(digestSize);
    }

    /** The first {@code n} bytes of output for the data so far. */
    byte[] squeeze(int n) {
        long[] s = a.clone();
        s[pos >> 3] ^= (suffix & 0xffL) << ((pos & 7) << 3);
        s[(rate - 1) >> 3] ^= 0x80L << (((rate - 1) & 7) << 3);
        byte[] out = new byte[n];
        for (int done = 0; done < n; ) {
            permute(s);
            for (int i = 0; i < rate && done < n; i++, done++) {
                out[done] = (byte) (s[i >> 3] >>> ((i & 7) << 3));
            }
        }
        return out;
    }

    @Override
    Engine copy() {
        return new Keccak(a.clone(), rate, suffix, digestSize, pos);
    }

    @Override
    int digestSize() {
        return digestSize;
    }

    @Override
    int blockSize() {
        return rate;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi, iota. */
    private static void permute(long[] a) {
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1), d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1), d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            for (int i = 0; i < 25; i++) b[PI[i]] = Long.rotateLeft(a[i], RHO[i]);
            for (int y = 0; y < 25; y += 5) {
                long b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            a[0] ^= RC[round];
        }
    }
}
