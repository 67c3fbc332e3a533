package org.gilpy.modules.io;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BufferExports;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code io.BytesIO}: an in-memory binary stream, {@code data[0..length)} with a position that may lie past the end.
 * While {@link #getbuffer} views are live, writing, truncating and closing raise BufferError. */
public class PyBytesIO extends PyBufferedIOBase {
    public static final PyType TYPE = IoModule.type("BytesIO", PyBytesIO.class, PyBufferedIOBase.TYPE, PyBytesIO::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private byte[] data = new byte[0];
    private int length, pos;
    private boolean closed;
    private BufferExports exports;

    public PyBytesIO(PyType type) {
        super(type);
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("BytesIO", args, kwnames, new String[] {"initial_bytes"}, 0);
        checkExports();
        closed = false;
        pos = length = 0;
        if (a[0] != null && a[0] != PyNone.NONE) {
            data = bytesArg(a[0]).clone();
            length = data.length;
        }
    }

    private void check() {
        if (closed) throw closedError();
    }

    private void checkExports() {
        if (exports != null) exports.checkResizable();
    }

    BufferExports exports() {
        if (exports == null) exports = new BufferExports();
        return exports;
    }

    byte[] array() {
        return data;
    }

    int size() {
        return length;
    }

    @PyMethod
    public synchronized PyObject getbuffer() {
        check();
        return PyMemoryView.of(new BytesIOBuffer(this));
    }

    @PyMethod
    public synchronized int write(PyObject b) {
        check();
        checkExports();
        byte[] d = bytesArg(b);
        int end = pos + d.length;
        if (end > data.length) data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        if (pos > length) Arrays.fill(data, length, pos, (byte) 0);
        System.arraycopy(d, 0, data, pos, d.length);
        pos = end;
        length = Math.max(length, end);
        return d.length;
    }

    @PyMethod(optional = 1)
    public synchronized PyObject read(PyObject size) {
        check();
        long n = sizeArg(size);
        int end = n < 0 || n > length - pos ? Math.max(length, pos) : pos + (int) n;
        return slice(end);
    }

    private PyBytes slice(int end) {
        if (pos >= end) return PyBytes.EMPTY;
        PyBytes r = PyBytes.wrap(Arrays.copyOfRange(data, pos, end));
        pos = end;
        return r;
    }

    @PyMethod(optional = 1)
    public PyObject read1(PyObject size) { return read(size); }

    @PyMethod(optional = 1)
    public synchronized PyObject readline(PyObject size) {
        check();
        long limit = sizeArg(size);
        int end = pos;
        while (end < length && (limit < 0 || end - pos < limit)) {
            if (data[end++] == '\n') break;
        }
        return slice(end);
    }

    @PyMethod
    public synchronized int readinto(PyObject b) {
        check();
        PyByteArray target = writableBuffer(b);
        int n = Math.max(0, Math.min(target.bytesLength(), length - pos));
        System.arraycopy(data, pos, target.bytesData(), 0, n);
        pos += n;
        return n;
    }

    @PyMethod
    public PyObject __next__() {
        PyObject line = type == TYPE ? readline(null) : Abstract.callMethod(this, "readline");
        if (Abstract.len(line) == 0) throw PyErr.stopIteration();
        return line;
    }

    @PyMethod(optional = 1)
    public synchronized long seek(PyObject position, PyObject whence) {
        check();
        long p = Abstract.index(position).value;
        int w = whence == null ? 0 : (int) Abstract.index(whence).value;
        if (w < 0 || w > 2) throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", w);
        if (w == 0 && p < 0) throw PyErr.valueError("negative seek value %d", p);
        long target = Math.max(0, p + (w == 1 ? pos : w == 2 ? length : 0));
        pos = (int) Math.min(target, Integer.MAX_VALUE - 8);
        return target;
    }

    @PyMethod
    public synchronized long tell() {
        check();
        return pos;
    }

    @PyMethod(optional = 1)
    public synchronized long truncate(PyObject size) {
        check();
        checkExports();
        long n = size == null || size == PyNone.NONE ? pos : Abstract.index(size).value;
        if (n < 0) throw PyErr.valueError("negative size value %d", n);
        if (n < length) length = (int) n;
        return n;
    }

    @PyMethod
    public synchronized PyObject getvalue() {
        check();
        return PyBytes.wrap(Arrays.copyOf(data, length));
    }

    @PyMethod
    public void close() {
        checkExports();
        closed = true;
    }

    @PyGetter("closed")
    public boolean isClosed() { return closed; }

    @PyMethod
    public boolean readable() {
        check();
        return true;
    }

    @PyMethod
    public boolean writable() {
        check();
        return true;
    }

    @PyMethod
    public boolean seekable() {
        check();
        return true;
    }

    @PyMethod
    public void flush() { check(); }

    // ---- pickling ------------------------------------------------------------------------------

    /** (value, position, a copy of the instance dict or None). */
    @PyMethod
    public synchronized PyObject __getstate__() {
        check();
        return PyTuple.of(getvalue(), PyInt.of(pos), IoState.dictOrNone(this));
    }

    @PyMethod
    public synchronized void __setstate__(PyObject state) {
        PyObject[] st = IoState.items(state, 3, "_io.BytesIO");
        checkExports();
        byte[] value = bytesArg(st[0]).clone();
        long p = IoState.position(st[1], "second item of state must be an integer, not %s");
        IoState.checkDict(st[2], "third");
        data = value;
        length = value.length;
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        IoState.restoreDict(this, st[2]);
    }
}
