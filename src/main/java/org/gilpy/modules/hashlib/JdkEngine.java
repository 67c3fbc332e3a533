package org.gilpy.modules.hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Engine} over the JDK's {@link MessageDigest} (MD5, SHA-1, SHA-2, SHA-3). New
 * engines are clones of one untouched prototype per algorithm: {@code getInstance} walks
 * the security providers and costs several times a clone.
 */
final class JdkEngine extends Engine {
    private static final ConcurrentHashMap<String, MessageDigest> PROTOTYPES = new ConcurrentHashMap<>();

    private final MessageDigest md;
    private final int blockSize;

    JdkEngine(String jdkName, int blockSize) {
        this.md = clone(PROTOTYPES.computeIfAbsent(jdkName, JdkEngine::instance));
        this.blockSize = blockSize;
    }

    private static MessageDigest instance(String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    private JdkEngine(MessageDigest md, int blockSize) {
        this.md = md;
        this.blockSize = blockSize;
    }

    @Override
    void update(byte[] b, int off, int len) {
        md.update(b, off, len);
    }

    @Override
    byte[] digest() {
        return clone(md).digest();
    }

    @Override
    byte[] finish() {
        return md.digest();
    }

    @Override
    Engine copy() {
        return new JdkEngine(clone(md), blockSize);
    }

    private static MessageDigest clone(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK digest cannot be cloned: " + md.getAlgorithm(), e);
        }
    }

    @Override
    int digestSize() {
        return md.getDigestLength();
    }

    @Override
    int blockSize() {
        return blockSize;
    }
}
