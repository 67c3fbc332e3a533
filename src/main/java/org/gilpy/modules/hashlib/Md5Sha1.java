package org.gilpy.modules.hashlib;

/** OpenSSL's {@code md5-sha1} (the TLS 1.0 handshake hash): the MD5 digest followed by the
 * SHA-1 digest of the same data, 36 bytes. */
final class Md5Sha1 extends Engine {
    private final Engine md5, sha1;

    Md5Sha1() {
        this(new JdkEngine("MD5", 64), new JdkEngine("SHA-1", 64));
    }

    private Md5Sha1(Engine md5, Engine sha1) {
        this.md5 = md5;
        this.sha1 = sha1;
    }

    @Override
    void update(byte[] b, int off, int len) {
        md5.update(b, off, len);
        sha1.update(b, off, len);
    }

    @Override
    byte[] digest() {
        byte[] out = new byte[36];
        System.arraycopy(md5.digest(), 0, out, 0, 16);
        System.arraycopy(sha1.digest(), 0, out, 16, 20);
        return out;
    }

    @Override
    Engine copy() {
        return new Md5Sha1(md5.copy(), sha1.copy());
    }

    @Override
    int digestSize() {
        return 36;
    }

    @Override
    int blockSize() {
        return 64;
    }
}
