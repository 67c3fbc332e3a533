package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** {@code io.BufferedIOBase}: buffered binary I/O; {@code readinto} is built on {@code self.read}. */
public class PyBufferedIOBase extends PyIOBase {
    public static final PyType TYPE = IoModule.type("_BufferedIOBase", PyBufferedIOBase.class, PyIOBase.TYPE,
            PyBufferedIOBase::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    public PyBufferedIOBase(PyType type) {
        super(type);
    }

    @PyMethod(optional = 1)
    public static PyObject read(PyObject self, PyObject size) {
        throw unsupported("read");
    }

    @PyMethod(optional = 1)
    public static PyObject read1(PyObject self, PyObject size) {
        throw unsupported("read1");
    }

    @PyMethod
    public static PyObject write(PyObject self, PyObject b) {
        throw unsupported("write");
    }

    @PyMethod
    public static PyObject detach(PyObject self) {
        throw unsupported("detach");
    }

    @PyMethod
    public static int readinto(PyObject self, PyObject b) {
        return readIntoVia(self, b, "read");
    }

    @PyMethod
    public static int readinto1(PyObject self, PyObject b) {
        return readIntoVia(self, b, "read1");
    }

    private static int readIntoVia(PyObject self, PyObject b, String method) {
        var target = writableBuffer(b);
        byte[] data = bytesArg(Abstract.callMethod(self, method, org.gilpy.objects.PyInt.of(target.bytesLength())));
        return fill(target, data, data.length);
    }
}
