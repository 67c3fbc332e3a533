package org.gilpy.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFrozenSet;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code _hashlib} module behind {@code hashlib.py}: hash objects ({@code HASH}) over
 * the JDK's {@link MessageDigest} (MD5, the SHA-1, SHA-2 and SHA-3 families),
 * {@code openssl_<name>} constructors, {@code new}, {@code pbkdf2_hmac} (RFC 8018, over an
 * HMAC built on the same digests) and {@code compare_digest}. BLAKE2, SHAKE and scrypt are
 * not in the JDK and are absent.
 */
public final class HashlibModule {
    private HashlibModule() {}

    public static final PyType UNSUPPORTED = PyType.builtinSubclass("UnsupportedDigestmodError", PyExc.ValueError);

    static {
        UNSUPPORTED.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
    }

    /** One algorithm: Python name, JDK name, block size in bytes. */
    record Algo(String name, String jdk, int blockSize) {}

    /** The algorithms, in Python name order; the first are the constructors CPython names. */
    static final Map<String, Algo> ALGOS = Map.ofEntries(
            Map.entry("md5", new Algo("md5", "MD5", 64)),
            Map.entry("sha1", new Algo("sha1", "SHA-1", 64)),
            Map.entry("sha224", new Algo("sha224", "SHA-224", 64)),
            Map.entry("sha256", new Algo("sha256", "SHA-256", 64)),
            Map.entry("sha384", new Algo("sha384", "SHA-384", 128)),
            Map.entry("sha512", new Algo("sha512", "SHA-512", 128)),
            Map.entry("sha512_224", new Algo("sha512_224", "SHA-512/224", 128)),
            Map.entry("sha512_256", new Algo("sha512_256", "SHA-512/256", 128)),
            Map.entry("sha3_224", new Algo("sha3_224", "SHA3-224", 144)),
            Map.entry("sha3_256", new Algo("sha3_256", "SHA3-256", 136)),
            Map.entry("sha3_384", new Algo("sha3_384", "SHA3-384", 104)),
            Map.entry("sha3_512", new Algo("sha3_512", "SHA3-512", 72)));

    /** The spellings OpenSSL also accepts in new(): any case, and the dashed forms. */
    private static Algo lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Algo a = ALGOS.get(n);
        if (a != null) return a;
        for (Algo x : ALGOS.values()) {
            if (x.jdk.equalsIgnoreCase(n)) return x;
        }
        return null;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        TypeBuilder.moduleFunctions(HashlibModule.class, m).forEach(m::put);
        m.put("HASH", Hash.TYPE);
        m.put("UnsupportedDigestmodError", UNSUPPORTED);
        PyObject[] names = ALGOS.keySet().stream().sorted().map(PyStr::of).toArray(PyObject[]::new);
        m.put("openssl_md_meth_names", PyFrozenSet.of(org.gilpy.objects.PyTuple.of(names)));
        return m;
    }

    /** A hash object: one running MessageDigest. */
    public static final class Hash extends PyObject {
        public static final PyType TYPE = PyType.builtin("HASH", Hash.class, PyType.OBJECT, t -> {
            throw PyErr.typeError("cannot create '_hashlib.HASH' instances");
        });

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
            TYPE.baseType = false;
        }

        private final Algo algo;
        private final MessageDigest md;

        Hash(Algo algo, MessageDigest md) {
            super(TYPE);
            this.algo = algo;
            this.md = md;
        }

        static Hash of(Algo a) {
            return new Hash(a, HashlibModule.digest(a));
        }

        @PyMethod
        public void update(PyObject data) {
            md.update(data(data), 0, dataLength(data));
        }

        @PyMethod
        public PyObject digest() {
            return PyBytes.wrap(copyDigest().digest());
        }

        @PyMethod
        public String hexdigest() {
            return hex(copyDigest().digest());
        }

        @PyMethod
        public PyObject copy() {
            return new Hash(algo, copyDigest());
        }

        private MessageDigest copyDigest() {
            try {
                return (MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("JDK digest cannot be cloned: " + algo.jdk, e);
            }
        }

        @PyGetter("name")
        public String name() { return algo.name; }

        @PyGetter("digest_size")
        public int digest_size() { return md.getDigestLength(); }

        @PyGetter("block_size")
        public int block_size() { return algo.blockSize; }

        @PyMethod
        public String __repr__() {
            return "<" + algo.name + " _hashlib.HASH object @ 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }

    static MessageDigest digest(Algo a) {
        try {
            return MessageDigest.getInstance(a.jdk);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + a.jdk, e);
        }
    }

    /** The bytes of a bytes-like argument, with hashlib's TypeErrors for others. */
    static byte[] data(PyObject o) {
        if (o instanceof BytesLike b) return b.bytesData();
        if (o instanceof PyStr) throw PyErr.typeError("Strings must be encoded before hashing");
        throw PyErr.typeError("object supporting the buffer API required");
    }

    static int dataLength(PyObject o) {
        return ((BytesLike) o).bytesLength();
    }

    static String hex(byte[] d) {
        StringBuilder b = new StringBuilder(d.length * 2);
        for (byte x : d) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return b.toString();
    }

    /** A constructor's arguments: (data=b'', *, usedforsecurity=True, string=None). */
    private static Hash construct(String name, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("openssl_" + name, args, kwnames,
                new String[] {"string", "usedforsecurity"}, 0, 1);
        Hash h = Hash.of(ALGOS.get(name));
        if (a[0] != null && a[0] != PyNone.NONE) h.update(a[0]);
        return h;
    }

    @PyMethod public static PyObject openssl_md5(PyObject[] a, String[] k) { return construct("md5", a, k); }
    @PyMethod public static PyObject openssl_sha1(PyObject[] a, String[] k) { return construct("sha1", a, k); }
    @PyMethod public static PyObject openssl_sha224(PyObject[] a, String[] k) { return construct("sha224", a, k); }
    @PyMethod public static PyObject openssl_sha256(PyObject[] a, String[] k) { return construct("sha256", a, k); }
    @PyMethod public static PyObject openssl_sha384(PyObject[] a, String[] k) { return construct("sha384", a, k); }
    @PyMethod public static PyObject openssl_sha512(PyObject[] a, String[] k) { return construct("sha512", a, k); }
    @PyMethod public static PyObject openssl_sha3_224(PyObject[] a, String[] k) { return construct("sha3_224", a, k); }
    @PyMethod public static PyObject openssl_sha3_256(PyObject[] a, String[] k) { return construct("sha3_256", a, k); }
    @PyMethod public static PyObject openssl_sha3_384(PyObject[] a, String[] k) { return construct("sha3_384", a, k); }
    @PyMethod public static PyObject openssl_sha3_512(PyObject[] a, String[] k) { return construct("sha3_512", a, k); }

    /** new(name, string=b'', *, usedforsecurity=True). */
    @PyMethod("new")
    public static PyObject hashNew(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("new", args, kwnames, new String[] {"name", "string", "usedforsecurity"}, 1, 2);
        Algo algo = a[0] instanceof PyStr s ? lookup(s.value) : null;
        if (algo == null) {
            if (!(a[0] instanceof PyStr)) throw PyErr.typeError("new() argument 'name' must be str, not %s", a[0].type.tpName());
            throw PyErr.format(UNSUPPORTED, "unsupported hash type %s", ((PyStr) a[0]).value);
        }
        Hash h = Hash.of(algo);
        if (a[1] != null && a[1] != PyNone.NONE) h.update(a[1]);
        return h;
    }

    /** pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): RFC 8018's PBKDF2. */
    @PyMethod
    public static PyObject pbkdf2_hmac(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("pbkdf2_hmac", args, kwnames,
                new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 4);
        if (!(a[0] instanceof PyStr name)) {
            throw PyErr.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", a[0].type.tpName());
        }
        byte[] password = BytesLike.exact(a[1]);
        byte[] salt = BytesLike.exact(a[2]);
        long iterations = PyInt.asLong(a[3]);
        if (iterations < 1) throw PyErr.valueError("iteration value must be greater than 0.");
        if (iterations > 0xffffffffL) throw PyErr.overflowError("iteration value is too great.");
        Algo algo = lookup(name.value);
        if (algo == null) throw PyErr.format(UNSUPPORTED, "[digital envelope routines] unsupported");
        long dklen;
        if (a[4] == null || a[4] == PyNone.NONE) {
            dklen = digest(algo).getDigestLength();
        } else {
            dklen = PyInt.asLong(a[4]);
            if (dklen < 1) throw PyErr.valueError("key length must be greater than 0.");
            if (dklen > 0xffffffffL) throw PyErr.overflowError("key length is too great.");
        }
        return PyBytes.wrap(pbkdf2(algo, password, salt, iterations, (int) dklen));
    }

    private static byte[] pbkdf2(Algo algo, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac prf = new Hmac(algo, password);
        int hlen = prf.length();
        byte[] out = new byte[dklen];
        for (int block = 1, at = 0; at < dklen; block++, at += hlen) {
            byte[] u = prf.mac(salt, new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u, null);
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            System.arraycopy(t, 0, out, at, Math.min(hlen, dklen - at));
        }
        return out;
    }

    /** HMAC (RFC 2104) with precomputed inner and outer pads. */
    private static final class Hmac {
        private final MessageDigest inner, outer;

        Hmac(Algo algo, byte[] key) {
            MessageDigest md = digest(algo);
            if (key.length > algo.blockSize) key = md.digest(key);
            byte[] ipad = new byte[algo.blockSize], opad = new byte[algo.blockSize];
            for (int i = 0; i < algo.blockSize; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            inner = digest(algo);
            inner.update(ipad);
            outer = digest(algo);
            outer.update(opad);
        }

        int length() { return inner.getDigestLength(); }

        byte[] mac(byte[] a, byte[] b) {
            try {
                MessageDigest i = (MessageDigest) inner.clone(), o = (MessageDigest) outer.clone();
                i.update(a);
                if (b != null) i.update(b);
                o.update(i.digest());
                return o.digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** compare_digest(a, b): equality in time independent of where the inputs differ. */
    @PyMethod
    public static boolean compare_digest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            x = ascii(s.value);
            y = ascii(t.value);
        } else if (a instanceof PyStr || b instanceof PyStr) {
            if (a instanceof BytesLike || b instanceof BytesLike) {
                throw PyErr.typeError("a bytes-like object is required, not 'str'");
            }
            throw unsupported(a, b);
        } else if (a instanceof BytesLike && b instanceof BytesLike) {
            x = BytesLike.exact(a);
            y = BytesLike.exact(b);
        } else {
            throw unsupported(a, b);
        }
        return MessageDigest.isEqual(x, y);
    }

    private static PyException unsupported(PyObject a, PyObject b) {
        return PyErr.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                a.type.tpName(), b.type.tpName());
    }

    private static byte[] ascii(String s) {
        byte[] r = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127) throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            r[i] = (byte) c;
        }
        return r;
    }
}
