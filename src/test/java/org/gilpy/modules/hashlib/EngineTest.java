package org.gilpy.modules.hashlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The engines written from their specifications, against the specifications' vectors
 * (RFC 7693 appendix A, FIPS 202 examples, the RIPEMD-160 page, GB/T 32905 example 1,
 * RFC 7914 section 12), plus streaming and copy independence. */
class EngineTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String hash(Engine e, String data) {
        e.update(ascii(data));
        return HexFormat.of().formatHex(e.digest());
    }

    @Test
    void blake2Vectors() {
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                hash(new Blake2b(Blake2Params.plain(64)), "abc"));
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
                hash(new Blake2s(Blake2Params.plain(32)), "abc"));
    }

    @Test
    void blake2EveryParameter() {
        byte[] key = new byte[64];
        for (int i = 0; i < 64; i++) key[i] = (byte) i;
        Blake2Params b = new Blake2Params(20, key, ascii("salt"), ascii("me"), 2, 3, 7, 1L << 40, 1, 9, true);
        assertEquals("9c9fdd7db4dbaee5a9ceaab27da893f089cc8651", hash(new Blake2b(b), "abc"));
        Blake2Params s = new Blake2Params(20, java.util.Arrays.copyOf(key, 32), ascii("salt"), ascii("me"),
                2, 3, 7, 1L << 40, 1, 9, true);
        assertEquals("817db3a212854024dc838350f688edc8974b8f38", hash(new Blake2s(s), "abc"));
    }

    @Test
    void shakeVectors() {
        assertEquals("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
                HexFormat.of().formatHex(Keccak.shake(128).squeeze(32)));
        assertEquals("46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f"
                + "d75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be",
                HexFormat.of().formatHex(Keccak.shake(256).squeeze(64)));
        assertEquals("26fb4fd7881f77c4c67694021204c5fcb0eb222e62aa6fe6e21e096ad58b6dc4",
                hash(Keccak.sha3(256), "abc".repeat(100)));
    }

    @Test
    void ripemdAndSm3() {
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hash(new Ripemd160(), "abc"));
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", hash(new Sm3(), "abc"));
    }

    @Test
    void scryptVectors() {
        assertEquals("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906",
                HexFormat.of().formatHex(Kdf.scrypt(new byte[0], new byte[0], 16, 1, 1, 64)));
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640",
                HexFormat.of().formatHex(Kdf.scrypt(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64)));
    }

    @Test
    void streamingAndCopyAgreeWithOneShot() {
        byte[] data = new byte[1000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + 7);
        for (String name : Algorithms.names()) {
            Algorithms.Algo algo = Algorithms.BY_PYTHON_NAME.get(name);
            Engine whole = algo.start();
            whole.update(data, 0, data.length);
            for (int step : new int[] {1, 63, 64, 65, 136, 200}) {
                Engine e = algo.start();
                for (int at = 0; at < data.length; at += step) e.update(data, at, Math.min(step, data.length - at));
                assertArrayEquals(digest(algo, whole), digest(algo, e), name + " step " + step);
            }
            Engine a = algo.start();
            a.update(data, 0, 500);
            Engine b = a.copy();
            b.update(data, 500, 500);
            assertArrayEquals(digest(algo, whole), digest(algo, b), name + " copy");
            Engine fresh = algo.start();
            fresh.update(data, 0, 500);
            assertArrayEquals(digest(algo, fresh), digest(algo, a), name + " original after copy");
        }
    }

    private static byte[] digest(Algorithms.Algo algo, Engine e) {
        return algo.xof() ? ((Keccak) e).squeeze(300) : e.digest();
    }
}
