package org.gilpy.modules.io;

import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** {@code io.TextIOBase}: text I/O; every operation is left to subclasses. */
public class PyTextIOBase extends PyIOBase {
    public static final PyType TYPE = IoModule.type("_TextIOBase", PyTextIOBase.class, PyIOBase.TYPE,
            PyTextIOBase::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    public PyTextIOBase(PyType type) {
        super(type);
    }

    @PyMethod(optional = 1)
    public static PyObject read(PyObject self, PyObject size) {
        throw unsupported("read");
    }

    @PyMethod(optional = 1)
    public static PyObject readline(PyObject self, PyObject size) {
        throw unsupported("readline");
    }

    @PyMethod
    public static PyObject write(PyObject self, PyObject s) {
        throw unsupported("write");
    }

    @PyMethod
    public static PyObject detach(PyObject self) {
        throw unsupported("detach");
    }

    @PyGetter("encoding")
    public PyObject encodingAttr() { return PyNone.NONE; }

    @PyGetter("newlines")
    public PyObject newlinesAttr() { return PyNone.NONE; }

    @PyGetter("errors")
    public PyObject errorsAttr() { return PyNone.NONE; }
}
