package org.gilpy.modules.io;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyType;

/**
 * {@code io.StringIO}: an in-memory text stream. The text is kept as code points
 * {@code text[0..length)} with the position counted in code points, as in CPython.
 * Newlines are translated on write ({@link NewlineMode}: None stores "\n" for every
 * ending, "\r" and "\r\n" replace "\n"), so reading only has to find line ends.
 */
public class PyStringIO extends PyTextIOBase {
    public static final PyType TYPE = IoModule.type("StringIO", PyStringIO.class, PyTextIOBase.TYPE, PyStringIO::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private int[] text = new int[0];
    private int length, pos;
    private NewlineMode newline = NewlineMode.of("\n");
    private boolean closed;

    public PyStringIO(PyType type) {
        super(type);
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("StringIO", args, kwnames, new String[] {"initial_value", "newline"}, 0);
        PyObject nl = a[1] == null ? PyStr.of("\n") : a[1];
        if (nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw PyErr.typeError("newline must be str or None, not %s", nl.type.tpName());
        }
        if (a[0] != null && a[0] != PyNone.NONE && !(a[0] instanceof PyStr)) {
            throw PyErr.typeError("initial_value must be str or None, not %s", a[0].type.tpName());
        }
        String nlValue = nl == PyNone.NONE ? null : ((PyStr) nl).value;
        try {
            newline = NewlineMode.of(nlValue);
        } catch (org.gilpy.objects.PyException e) {
            throw PyErr.valueError("illegal newline value: %s", PyStr.of(nlValue).__repr__());
        }
        length = pos = 0;
        closed = false;
        if (a[0] instanceof PyStr s) {
            store(s.value);
            pos = 0;
        }
    }

    private void check() {
        if (closed) throw PyErr.valueError("I/O operation on closed file");
    }

    private void store(String s) {
        int[] cps = (newline.universal ? newline.translate(s) : newline.forWrite(s)).codePoints().toArray();
        int end = pos + cps.length;
        if (end > text.length) text = Arrays.copyOf(text, Math.max(end, text.length * 2));
        if (pos > length) Arrays.fill(text, length, pos, 0);
        System.arraycopy(cps, 0, text, pos, cps.length);
        pos = end;
        length = Math.max(length, end);
    }

    @PyMethod
    public synchronized int write(PyObject s) {
        check();
        if (!(s instanceof PyStr str)) throw PyErr.typeError("string argument expected, got '%s'", s.type.tpName());
        store(str.value);
        return str.length();
    }

    @PyMethod(optional = 1)
    public synchronized PyObject read(PyObject size) {
        check();
        long n = sizeArg(size);
        int end = n < 0 || n > length - pos ? Math.max(length, pos) : pos + (int) n;
        return slice(end);
    }

    private PyStr slice(int end) {
        if (pos >= end) return PyStr.EMPTY;
        PyStr r = PyStr.of(new String(text, pos, end - pos));
        pos = end;
        return r;
    }

    @PyMethod(optional = 1)
    public synchronized PyObject readline(PyObject size) {
        check();
        long limit = sizeArg(size);
        int end = pos;
        while (end < length && (limit < 0 || end - pos < limit)) {
            int c = text[end++];
            boolean room = limit < 0 || end - pos < limit;
            boolean lf = end < length && text[end] == '\n';
            if (c == '\n' && (newline.value == null || newline.value.equals("\n") || newline.value.isEmpty())) break;
            if (c == '\r' && newline.value != null && !newline.value.equals("\n")) {
                if (newline.value.equals("\r")) break;
                if (lf && room) {
                    end++;
                    break;
                }
                if (newline.value.isEmpty()) break;
            }
        }
        return slice(end);
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
        if (w < 0 || w > 2) throw PyErr.valueError("Invalid whence (%d, should be 0, 1 or 2)", w);
        if (w == 0 && p < 0) throw PyErr.valueError("Negative seek position %d", p);
        if (w != 0 && p != 0) {
            throw PyErr.format(PyExc.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (w == 2) p = length;
        if (w == 1) p = pos;
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return p;
    }

    @PyMethod
    public synchronized long tell() {
        check();
        return pos;
    }

    @PyMethod(optional = 1)
    public synchronized long truncate(PyObject size) {
        check();
        long n = size == null || size == PyNone.NONE ? pos : Abstract.index(size).value;
        if (n < 0) throw PyErr.valueError("Negative size value %d", n);
        if (n < length) length = (int) n;
        return n;
    }

    @PyMethod
    public synchronized PyObject getvalue() {
        check();
        return PyStr.of(new String(text, 0, length));
    }

    @PyMethod
    public void close() { closed = true; }

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

    @PyGetter("line_buffering")
    public boolean lineBuffering() {
        check();
        return false;
    }

    @PyGetter("newlines")
    public PyObject newlines() {
        check();
        return newline.universal ? newline.seen() : PyNone.NONE;
    }

    // ---- pickling ------------------------------------------------------------------------------

    /** (value, newline, position, a copy of the instance dict or None). */
    @PyMethod
    public synchronized PyObject __getstate__() {
        check();
        return PyTuple.of(getvalue(), newline.value == null ? PyNone.NONE : PyStr.of(newline.value), PyInt.of(pos),
                IoState.dictOrNone(this));
    }

    /** As __init__(None, newline), then the value exactly as saved (no newline translation). */
    @PyMethod
    public synchronized void __setstate__(PyObject state) {
        PyObject[] st = IoState.items(state, 4, "_io.StringIO");
        __init__(new PyObject[] {PyNone.NONE, st[1]}, null);
        if (st[0] != PyNone.NONE && !(st[0] instanceof PyStr)) {
            throw PyErr.typeError("initial_value must be str or None, not %s", st[0].type.tpName());
        }
        if (!(st[2] instanceof PyInt)) {
            throw PyErr.typeError("third item of state must be an integer, got %s", st[2].type.tpName());
        }
        long p = IoState.position(st[2], null);
        IoState.checkDict(st[3], "fourth");
        if (st[0] instanceof PyStr v) {
            if (newline.universal) newline.translate(v.value);   // records the endings seen
            text = v.value.codePoints().toArray();
            length = text.length;
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        IoState.restoreDict(this, st[3]);
    }
}
