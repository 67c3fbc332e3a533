package org.gilpy.modules.hashlib;

/**
 * The parameter block of BLAKE2 (RFC 7693 section 2.5, and the tree-hashing fields of the
 * BLAKE2 paper), already checked against the variant's limits. {@code salt} and
 * {@code person} may be shorter than their field; the rest of the field is zero.
 */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                    long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {

    /** The message schedule: which message word each G call takes, per round. */
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** The default parameters for a digest of {@code size} bytes (sequential mode, no key). */
    static Blake2Params plain(int size) {
        return new Blake2Params(size, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
    }

    /** The parameter block of BLAKE2b (64 bytes) or BLAKE2s (32 bytes). */
    byte[] block(boolean big) {
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        Engine.putLe32(p, 4, (int) leafSize);
        if (big) {
            Engine.putLe64(p, 8, nodeOffset);
            p[16] = (byte) nodeDepth;
            p[17] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 32, salt.length);
            System.arraycopy(person, 0, p, 48, person.length);
        } else {
            Engine.putLe32(p, 8, (int) nodeOffset);
            p[12] = (byte) (nodeOffset >>> 32);
            p[13] = (byte) (nodeOffset >>> 40);
            p[14] = (byte) nodeDepth;
            p[15] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 16, salt.length);
            System.arraycopy(person, 0, p, 24, person.length);
        }
        return p;
    }
}
