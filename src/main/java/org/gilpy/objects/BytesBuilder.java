package org.gilpy.objects;

import java.util.Arrays;

/** A growable byte buffer for building bytes results (codecs, %-formatting, joins). */
final class BytesBuilder {
    private byte[] buf;
    private int len;

    BytesBuilder(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    private void ensure(int extra) {
        long need = (long) len + extra;
        if (need > buf.length) {
            if (need > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, buf.length * 2L)));
        }
    }

    BytesBuilder append(int b) {
        if (len == buf.length) ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    BytesBuilder append(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    BytesBuilder append(byte[] b) {
        return append(b, 0, b.length);
    }

    /** Appends the chars of an ASCII (or Latin-1) string, one byte each. */
    BytesBuilder appendLatin1(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
        return this;
    }

    BytesBuilder fill(int b, int n) {
        if (n <= 0) return this;
        ensure(n);
        Arrays.fill(buf, len, len + n, (byte) b);
        len += n;
        return this;
    }

    int length() {
        return len;
    }

    byte[] toArray() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }
}
