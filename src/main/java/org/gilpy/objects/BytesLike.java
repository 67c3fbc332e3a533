package org.gilpy.objects;

import java.util.Arrays;

/**
 * The read side of the buffer protocol: objects whose contents are bytes (bytes,
 * bytearray, and any other type that implements this, such as memoryview). Wherever
 * CPython accepts "a bytes-like object", gilpy accepts a BytesLike.
 */
public interface BytesLike {
    /** The backing array; only {@code [0, bytesLength())} is meaningful. Callers must not modify it. */
    byte[] bytesData();

    /** The number of bytes. */
    int bytesLength();

    /** The struct format of one item as a memoryview of this object shows it (array.array's
     * type code; "B" for plain bytes); a format memoryview lacks falls back to "B". */
    default String bufferFormat() {
        return "B";
    }

    /** The backing array of a bytes-like object, or null when o is not one. */
    static byte[] bytesOrNull(PyObject o) {
        return o instanceof BytesLike b ? b.bytesData() : null;
    }

    /** The length of a bytes-like object. */
    static int length(PyObject o) {
        return ((BytesLike) o).bytesLength();
    }

    /** The bytes of o as an array of exactly its length (not a copy for bytes), or
     * TypeError "a bytes-like object is required, not 'T'". */
    static byte[] exact(PyObject o) {
        if (o instanceof BytesLike b) {
            byte[] d = b.bytesData();
            int n = b.bytesLength();
            return d.length == n && o instanceof PyBytes ? d : Arrays.copyOf(d, n);
        }
        throw PyErr.typeError("a bytes-like object is required, not '%s'", o.type.tpName());
    }
}
