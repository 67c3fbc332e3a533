package org.gilpy.modules.hashlib;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one table of hash algorithms: the Python name of each, how to start one, and the
 * names {@code _hashlib.new} and {@code pbkdf2_hmac} accept for it. As with CPython over
 * OpenSSL 3, the Python names match exactly (so {@code "SHA3_256"} is unknown) while
 * OpenSSL's own names and the algorithm's OID match in any case ({@code "SHA-256"},
 * {@code "sha2-256"}, {@code "2.16.840.1.101.3.4.2.1"}).
 */
final class Algorithms {
    private Algorithms() {}

    /** One algorithm: its Python name, a factory of fresh engines, whether its output is extendable. */
    record Algo(String name, Supplier<Engine> engine, boolean xof) {
        Engine start() {
            return engine.get();
        }
    }

    /** Python name → algorithm ({@code algorithms_available} is its key set). */
    static final Map<String, Algo> BY_PYTHON_NAME = new HashMap<>();
    /** Names matched exactly: the Python names and two upper-case spellings. */
    private static final Map<String, Algo> EXACT = new HashMap<>();
    /** Upper-cased OpenSSL name or OID → algorithm. */
    private static final Map<String, Algo> BY_OPENSSL_NAME = new HashMap<>();

    private static void add(String name, Supplier<Engine> engine, boolean xof, String... aliases) {
        Algo a = new Algo(name, engine, xof);
        BY_PYTHON_NAME.put(name, a);
        for (String alias : aliases) BY_OPENSSL_NAME.put(alias.toUpperCase(Locale.ROOT), a);
    }

    private static final String NIST = "2.16.840.1.101.3.4.2.";

    static {
        add("md5", () -> new JdkEngine("MD5", 64), false, "MD5", "SSL3-MD5", "1.2.840.113549.2.5");
        add("sha1", () -> new JdkEngine("SHA-1", 64), false, "SHA1", "SHA-1", "SSL3-SHA1", "1.3.14.3.2.26");
        add("sha224", () -> new JdkEngine("SHA-224", 64), false, "SHA2-224", "SHA-224", "SHA224", NIST + 4);
        add("sha256", () -> new JdkEngine("SHA-256", 64), false, "SHA2-256", "SHA-256", "SHA256", NIST + 1);
        add("sha384", () -> new JdkEngine("SHA-384", 128), false, "SHA2-384", "SHA-384", "SHA384", NIST + 2);
        add("sha512", () -> new JdkEngine("SHA-512", 128), false, "SHA2-512", "SHA-512", "SHA512", NIST + 3);
        add("sha512_224", () -> new JdkEngine("SHA-512/224", 128), false,
                "SHA2-512/224", "SHA-512/224", "SHA512-224", NIST + 5);
        add("sha512_256", () -> new JdkEngine("SHA-512/256", 128), false,
                "SHA2-512/256", "SHA-512/256", "SHA512-256", NIST + 6);
        add("sha3_224", () -> new JdkEngine("SHA3-224", 144), false, "SHA3-224", NIST + 7);
        add("sha3_256", () -> new JdkEngine("SHA3-256", 136), false, "SHA3-256", NIST + 8);
        add("sha3_384", () -> new JdkEngine("SHA3-384", 104), false, "SHA3-384", NIST + 9);
        add("sha3_512", () -> new JdkEngine("SHA3-512", 72), false, "SHA3-512", NIST + 10);
        add("shake_128", () -> Keccak.shake(128), true, "SHAKE-128", "SHAKE128", NIST + 11);
        add("shake_256", () -> Keccak.shake(256), true, "SHAKE-256", "SHAKE256", NIST + 12);
        add("blake2b", () -> new Blake2b(Blake2Params.plain(64)), false,
                "BLAKE2B-512", "BLAKE2B512", "1.3.6.1.4.1.1722.12.2.1.16");
        add("blake2s", () -> new Blake2s(Blake2Params.plain(32)), false,
                "BLAKE2S-256", "BLAKE2S256", "1.3.6.1.4.1.1722.12.2.2.8");
        add("ripemd160", Ripemd160::new, false, "RIPEMD-160", "RIPEMD160", "RIPEMD", "RMD160", "1.3.36.3.2.1");
        add("sm3", Sm3::new, false, "SM3", "1.2.156.10197.1.401");
        add("md5-sha1", Md5Sha1::new, false, "MD5-SHA1");
        EXACT.putAll(BY_PYTHON_NAME);
        EXACT.put("SHA512_224", BY_PYTHON_NAME.get("sha512_224"));   // CPython accepts these two upper-cased
        EXACT.put("SHA512_256", BY_PYTHON_NAME.get("sha512_256"));
    }

    /** The algorithm a name denotes, or null. */
    static Algo lookup(String name) {
        Algo a = EXACT.get(name);
        return a != null ? a : BY_OPENSSL_NAME.get(name.toUpperCase(Locale.ROOT));
    }

    /** The Python names, sorted. */
    static List<String> names() {
        return BY_PYTHON_NAME.keySet().stream().sorted().toList();
    }
}
