package org.gilpy.modules.io;

import java.io.ByteArrayOutputStream;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** {@code io.RawIOBase}: unbuffered binary I/O; {@code read} and {@code readall} are built on {@code self.readinto}. */
public class PyRawIOBase extends PyIOBase {
    public static final PyType TYPE = IoModule.type("_RawIOBase", PyRawIOBase.class, PyIOBase.TYPE, PyRawIOBase::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    public PyRawIOBase(PyType type) {
        super(type);
    }

    @PyMethod(optional = 1)
    public static PyObject read(PyObject self, PyObject size) {
        long n = sizeArg(size);
        if (n < 0) return Abstract.callMethod(self, "readall");
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        PyObject got = Abstract.callMethod(self, "readinto", b);
        if (got == PyNone.NONE) return got;
        int count = (int) Abstract.index(got).value;
        return PyBytes.wrap(java.util.Arrays.copyOf(b.bytesData(), count));
    }

    @PyMethod
    public static PyObject readall(PyObject self) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            PyObject chunk = Abstract.callMethod(self, "read", PyInt.of(DEFAULT_BUFFER_SIZE));
            if (chunk == PyNone.NONE) {
                if (out.size() == 0) return chunk;
                break;
            }
            byte[] d = BytesLike.exact(chunk);
            if (d.length == 0) break;
            out.write(d, 0, d.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    /** A subclass must supply readinto; RawIOBase's own raises NotImplementedError, as CPython's does. */
    @PyMethod
    public static PyObject readinto(PyObject self, PyObject b) {
        throw org.gilpy.objects.PyErr.withArgs(org.gilpy.objects.PyExc.NotImplementedError);
    }

    @PyMethod
    public static PyObject write(PyObject self, PyObject b) {
        throw org.gilpy.objects.PyErr.withArgs(org.gilpy.objects.PyExc.NotImplementedError);
    }
}
