package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code io.BufferedRWPair}: one buffered stream over two raw ones, reading from a
 * {@code BufferedReader} over {@code reader} and writing to a {@code BufferedWriter} over
 * {@code writer} (both ends of a pipe or socket pair, say). It cannot seek. Until
 * {@code __init__} has run both are null, and every method says the object is
 * uninitialized.
 */
public class PyBufferedRWPair extends PyBufferedIOBase {
    public static final PyType TYPE = IoModule.type("BufferedRWPair", PyBufferedRWPair.class, PyBufferedIOBase.TYPE,
            PyBufferedRWPair::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private PyBuffered reader, writer;

    public PyBufferedRWPair(PyType type) {
        super(type);
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        int n = ArgParser.npos(args, kwnames);
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("BufferedRWPair() takes no keyword arguments");
        if (n < 2) throw PyErr.typeError("BufferedRWPair expected at least 2 arguments, got %d", n);
        if (n > 3) throw PyErr.typeError("BufferedRWPair expected at most 3 arguments, got %d", n);
        long size = n == 3 ? Abstract.index(args[2]).value : DEFAULT_BUFFER_SIZE;
        if (size <= 0) throw PyErr.valueError("buffer size must be strictly positive");
        int bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
        reader = PyBuffered.over(PyBuffered.READER, args[0], bufferSize);
        writer = PyBuffered.over(PyBuffered.WRITER, args[1], bufferSize);
    }

    private PyBuffered reader() {
        if (reader == null) throw PyErr.valueError("I/O operation on uninitialized object");
        return reader;
    }

    private PyBuffered writer() {
        if (writer == null) throw PyErr.valueError("I/O operation on uninitialized object");
        return writer;
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    @PyMethod(optional = 1)
    public PyObject read(PyObject size) { return Abstract.callMethod(reader(), "read", orNone(size)); }

    @PyMethod(optional = 1)
    public PyObject peek(PyObject size) {
        return Abstract.callMethod(reader(), "peek", size == null ? PyInt.of(0) : size);
    }

    @PyMethod(optional = 1)
    public PyObject read1(PyObject size) {
        return Abstract.callMethod(reader(), "read1", size == null ? PyInt.of(-1) : size);
    }

    @PyMethod
    public PyObject readinto(PyObject b) { return Abstract.callMethod(reader(), "readinto", b); }

    @PyMethod
    public PyObject readinto1(PyObject b) { return Abstract.callMethod(reader(), "readinto1", b); }

    @PyMethod
    public PyObject write(PyObject b) { return Abstract.callMethod(writer(), "write", b); }

    @PyMethod
    public PyObject flush() { return Abstract.callMethod(writer(), "flush"); }

    @PyMethod
    public PyObject readable() { return Abstract.callMethod(reader(), "readable"); }

    @PyMethod
    public PyObject writable() { return Abstract.callMethod(writer(), "writable"); }

    @PyMethod
    public PyObject isatty() {
        PyObject w = Abstract.callMethod(writer(), "isatty");
        return Abstract.isTrue(w) ? w : Abstract.callMethod(reader(), "isatty");
    }

    /** Closes the writer (flushing it), then the reader even when that failed. */
    @PyMethod
    public PyObject close() {
        PyException first = null;
        try {
            Abstract.callMethod(writer(), "close");
        } catch (PyException e) {
            first = e;
        }
        try {
            Abstract.callMethod(reader(), "close");
        } catch (PyException e) {
            if (first != null) e.value.setContext(first.value);
            throw e;
        }
        if (first != null) throw first;
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public PyObject closed() { return Abstract.getAttr(writer(), "closed"); }
}
