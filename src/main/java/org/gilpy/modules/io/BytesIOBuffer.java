package org.gilpy.modules.io;

import org.gilpy.objects.BufferExports;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.WritableBytes;

/**
 * {@code _io._BytesIOBuffer}: what the memoryview of {@code BytesIO.getbuffer()} exports,
 * the stream's bytes in place. While it is exported the stream refuses to write,
 * truncate or close (its size, and so its array, stays fixed).
 */
final class BytesIOBuffer extends PyObject implements WritableBytes {
    static final PyType TYPE = IoModule.type("_BytesIOBuffer", BytesIOBuffer.class, PyType.OBJECT, null);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private final PyBytesIO stream;

    BytesIOBuffer(PyBytesIO stream) {
        super(TYPE);
        this.stream = stream;
    }

    @Override
    public byte[] bytesData() {
        return stream.array();
    }

    @Override
    public int bytesLength() {
        return stream.size();
    }

    @Override
    public BufferExports exports() {
        return stream.exports();
    }
}
