package org.gilpy.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
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
 * {@code io.BufferedReader}, {@code io.BufferedWriter} and {@code io.BufferedRandom}: one
 * Java class, three Python types that differ only in which directions they allow. A
 * read-ahead buffer {@code rbuf[rpos..rlen)} and a write buffer {@code wbuf[0..wlen)}
 * sit over a raw stream; at most one of them is non-empty, so the logical position is
 * {@code raw.tell() - (rlen - rpos) + wlen}. Every public operation holds the stream's
 * lock, so concurrent writes are never interleaved or lost.
 *
 * <p>Open writers are remembered until closed and flushed at exit ({@link #flushAll}) and
 * before the same file is opened again ({@link #flushWritersOf}): gilpy has no reference
 * counting to close a forgotten file the moment it becomes garbage, as CPython does.
 */
public class PyBuffered extends PyBufferedIOBase {
    public static final PyType READER = IoModule.type("BufferedReader", PyBuffered.class, PyBufferedIOBase.TYPE,
            PyBuffered::new);
    public static final PyType WRITER = IoModule.type("BufferedWriter", PyBuffered.class, PyBufferedIOBase.TYPE,
            PyBuffered::new);
    public static final PyType RANDOM = IoModule.type("BufferedRandom", PyBuffered.class, PyBufferedIOBase.TYPE,
            PyBuffered::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    private static final Set<PyBuffered> WRITERS = ConcurrentHashMap.newKeySet();

    static {
        WRITER.dict().remove(PyStr.of("peek"));   // only the reading types have peek
    }

    PyObject raw;
    private boolean canRead, canWrite;
    private int bufferSize = DEFAULT_BUFFER_SIZE;
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;
    private byte[] wbuf = new byte[0];
    private int wlen;

    public PyBuffered(PyType type) {
        super(type);
    }

    /** A buffered stream of the given type over raw (used by open() and the standard streams). */
    static PyBuffered over(PyType type, PyObject raw, int bufferSize) {
        PyBuffered b = new PyBuffered(type);
        b.init(raw, bufferSize);
        return b;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse(type.name, args, kwnames, new String[] {"raw", "buffer_size"}, 1);
        long size = a[1] == null ? DEFAULT_BUFFER_SIZE : Abstract.index(a[1]).value;
        if (size <= 0) throw PyErr.valueError("buffer size must be strictly positive");
        init(a[0], (int) Math.min(size, Integer.MAX_VALUE - 8));
    }

    private void init(PyObject rawStream, int size) {
        canRead = type.isSubtypeOf(READER) || type.isSubtypeOf(RANDOM);
        canWrite = type.isSubtypeOf(WRITER) || type.isSubtypeOf(RANDOM);
        if (canRead) requireRaw(rawStream, "readable");
        if (canWrite) requireRaw(rawStream, "writable");
        if (type.isSubtypeOf(RANDOM)) requireRaw(rawStream, "seekable");
        raw = rawStream;
        bufferSize = size;
        rbuf = new byte[0];
        rpos = rlen = wlen = 0;
        if (canWrite) WRITERS.add(this);
    }

    private static void requireRaw(PyObject raw, String what) {
        if (!Abstract.isTrue(Abstract.callMethod(raw, what))) {
            throw unsupported("File or stream is not " + what + ".");
        }
    }

    // ---- the raw stream ----------------------------------------------------------------------

    private PyFileIO fast() {
        return raw instanceof PyFileIO f && raw.type == PyFileIO.TYPE ? f : null;
    }

    /** One raw read of at most n bytes: the bytes, empty at end of file, null when it would block. */
    private byte[] rawRead(int n) {
        PyFileIO f = fast();
        PyObject got = f != null ? f.read(PyInt.of(n)) : rawReadInto(n);
        rawBlocked = got == PyNone.NONE;
        return rawBlocked ? null : bytesArg(got);
    }

    /** The last raw read would have blocked (a non-blocking raw stream returned None). */
    private boolean rawBlocked;

    private PyObject rawReadInto(int n) {
        PyByteArray b = new PyByteArray(new byte[n]);
        PyObject got = Abstract.callMethod(raw, "readinto", b);
        if (got == PyNone.NONE) return got;
        return PyBytes.wrap(Arrays.copyOf(b.bytesData(), (int) Abstract.index(got).value));
    }

    private void rawWrite(byte[] data, int n) {
        byte[] d = n == data.length ? data : Arrays.copyOf(data, n);
        PyFileIO f = fast();
        if (f != null) f.write(PyBytes.wrap(d));
        else Abstract.callMethod(raw, "write", PyBytes.wrap(d));
    }

    private long rawSeek(long pos, int whence) {
        PyFileIO f = fast();
        if (f != null) return f.seek(PyInt.of(pos), PyInt.of(whence));
        return Abstract.index(Abstract.callMethod(raw, "seek", PyInt.of(pos), PyInt.of(whence))).value;
    }

    /** The raw stream; ValueError "{what} of closed file" (or IOBase's message) when closed. */
    private PyObject checkedRaw(String what) {
        if (raw == null) throw PyErr.valueError("raw stream has been detached");
        if (Abstract.isTrue(Abstract.getAttr(raw, "closed"))) {
            throw what == null ? closedError() : PyErr.valueError("%s of closed file", what);
        }
        return raw;
    }

    /** flush's closed check: writers say "flush of closed file", readers IOBase's message. */
    private void checkFlushable() {
        checkedRaw(canWrite ? "flush" : null);
    }

    // ---- buffers -------------------------------------------------------------------------------

    private int buffered() { return rlen - rpos; }

    /** Writes out the write buffer. */
    private void flushWrites() {
        if (wlen == 0) return;
        int n = wlen;
        wlen = 0;
        rawWrite(wbuf, n);
    }

    /** Drops read-ahead, moving the raw stream back to the logical position. */
    private void dropReadAhead() {
        if (buffered() > 0 && Abstract.isTrue(Abstract.callMethod(raw, "seekable"))) rawSeek(-buffered(), 1);
        rpos = rlen = 0;
    }

    /** One raw read into an empty read buffer; false at end of file (or when it would block). */
    private boolean fillOnce() {
        byte[] got = rawRead(bufferSize);
        if (got == null || got.length == 0) return false;
        rbuf = got;
        rpos = 0;
        rlen = got.length;
        return true;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + n);
        rpos += n;
        return out;
    }

    private void beforeRead(String op, String closedOp) {
        if (!canRead) throw unsupported(op);
        checkedRaw(closedOp);
        flushWrites();
    }

    // ---- Python methods ------------------------------------------------------------------------

    @PyMethod(optional = 1)
    public PyObject read(PyObject size) {
        long n = sizeArg(size);
        if (n < -1) throw PyErr.valueError("read length must be non-negative or -1");
        return locked(() -> {
            beforeRead("read", "read");
            return n < 0 ? readAll() : readExactly((int) Math.min(n, Integer.MAX_VALUE - 8));
        });
    }

    private PyObject readAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(rbuf, rpos, buffered());
        rpos = rlen = 0;
        while (true) {
            byte[] got = rawRead(Math.max(bufferSize, DEFAULT_BUFFER_SIZE));
            if (got == null) {
                if (out.size() == 0) return PyNone.NONE;
                break;
            }
            if (got.length == 0) break;
            out.write(got, 0, got.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    private PyObject readExactly(int n) {
        if (buffered() >= n) return PyBytes.wrap(take(n));
        rawBlocked = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(rbuf, rpos, buffered());
        rpos = rlen = 0;
        while (out.size() < n) {
            int want = n - out.size();
            if (want >= bufferSize) {
                byte[] got = rawRead(want);
                if (got == null || got.length == 0) break;
                out.write(got, 0, got.length);
            } else {
                if (!fillOnce()) break;
                int k = Math.min(want, buffered());
                out.write(rbuf, rpos, k);
                rpos += k;
            }
        }
        if (out.size() == 0 && rawBlocked) return PyNone.NONE;   // non-blocking raw stream, nothing there
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(optional = 1)
    public PyObject read1(PyObject size) {
        long n = sizeArg(size);
        return locked(() -> {
            beforeRead("read1", "read");
            int want = n < 0 ? bufferSize : (int) Math.min(n, Integer.MAX_VALUE - 8);
            if (want == 0) return PyBytes.EMPTY;
            if (buffered() == 0) {
                if (want > bufferSize) {
                    byte[] got = rawRead(want);
                    return got == null ? PyBytes.EMPTY : PyBytes.wrap(got);
                }
                if (!fillOnce()) return PyBytes.EMPTY;
            }
            return PyBytes.wrap(take(Math.min(want, buffered())));
        });
    }

    @PyMethod(optional = 1)
    public PyObject peek(PyObject size) {
        return locked(() -> {
            beforeRead("read", "peek");
            if (buffered() == 0) fillOnce();
            return PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, rlen));
        });
    }

    @PyMethod(optional = 1)
    public PyObject readline(PyObject size) {
        long limit = sizeArg(size);
        return locked(() -> {
            beforeRead("read", "readline");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                if (buffered() == 0 && !fillOnce()) break;
                int start = rpos, end = rpos;
                long room = limit < 0 ? Long.MAX_VALUE : limit - out.size();
                while (end < rlen && end - start < room && rbuf[end] != '\n') end++;
                boolean newline = end < rlen && end - start < room && rbuf[end] == '\n';
                if (newline) end++;
                out.write(rbuf, start, end - start);
                rpos = end;
                if (newline) break;
            }
            return PyBytes.wrap(out.toByteArray());
        });
    }

    @PyMethod
    public int readinto(PyObject b) {
        PyByteArray target = writableBuffer(b);
        locked(() -> {
            beforeRead("read", "readinto");
            return null;
        });
        byte[] data = bytesArg(read(PyInt.of(target.bytesLength())));
        return fill(target, data, data.length);
    }

    @PyMethod
    public int write(PyObject b) {
        byte[] data = bytesArg(b);
        return locked(() -> {
            if (!canWrite) throw unsupported("write");
            if (raw != null && Abstract.isTrue(Abstract.getAttr(raw, "closed"))) throw PyErr.valueError("write to closed file");
            checkedRaw(null);
            dropReadAhead();
            if (wlen + data.length > bufferSize) {
                flushWrites();
                if (data.length >= bufferSize) {
                    rawWrite(data, data.length);
                    return data.length;
                }
            }
            if (wbuf.length < bufferSize) wbuf = Arrays.copyOf(wbuf, bufferSize);
            System.arraycopy(data, 0, wbuf, wlen, data.length);
            wlen += data.length;
            return data.length;
        });
    }

    @PyMethod
    public void flush() {
        locked(() -> {
            checkFlushable();
            flushWrites();
            return null;
        });
    }

    @PyMethod(optional = 1)
    public long seek(PyObject pos, PyObject whence) {
        long p = Abstract.index(pos).value;
        int w = whence == null ? 0 : (int) Abstract.index(whence).value;
        if (w < 0 || w > 2) throw PyErr.valueError("whence value %d unsupported", w);
        return locked(() -> {
            checkedRaw("seek");
            flushWrites();
            long target = rawSeek(w == 1 ? p - buffered() : p, w);
            rpos = rlen = 0;
            return target;
        });
    }

    @PyMethod
    public long tell() {
        return locked(() -> {
            checkedRawAttr();
            PyFileIO f = fast();
            long rawPos = f != null ? f.tell() : Abstract.index(Abstract.callMethod(raw, "tell")).value;
            return Math.max(0, rawPos - buffered() + wlen);
        });
    }

    @PyMethod(optional = 1)
    public PyObject truncate(PyObject size) {
        return locked(() -> {
            checkedRaw("truncate");
            if (!canWrite) throw unsupported("truncate");
            flushWrites();
            dropReadAhead();
            return Abstract.callMethod(raw, "truncate", size == null ? PyNone.NONE : size);
        });
    }

    @PyMethod
    public void close() {
        locked(() -> {
            if (raw == null || Abstract.isTrue(Abstract.getAttr(raw, "closed"))) return null;
            WRITERS.remove(this);
            try {
                flushWrites();
            } finally {
                Abstract.callMethod(raw, "close");
            }
            return null;
        });
    }

    @PyMethod
    public PyObject detach() {
        return locked(() -> {
            checkFlushable();
            flushWrites();
            WRITERS.remove(this);
            PyObject r = raw;
            raw = null;
            return r;
        });
    }

    @PyGetter("closed")
    public PyObject closedAttr() { return Abstract.getAttr(checkedRawAttr(), "closed"); }

    @PyGetter("raw")
    public PyObject rawAttr() { return raw == null ? PyNone.NONE : raw; }

    @PyGetter("name")
    public PyObject nameAttr() { return Abstract.getAttr(checkedRawAttr(), "name"); }

    @PyGetter("mode")
    public PyObject modeAttr() { return Abstract.getAttr(checkedRawAttr(), "mode"); }

    private PyObject checkedRawAttr() {
        if (raw == null) throw PyErr.valueError("raw stream has been detached");
        return raw;
    }

    @PyMethod
    public boolean readable() { return canRead && Abstract.isTrue(Abstract.callMethod(checkedRawAttr(), "readable")); }

    @PyMethod
    public boolean writable() { return canWrite && Abstract.isTrue(Abstract.callMethod(checkedRawAttr(), "writable")); }

    @PyMethod
    public boolean seekable() { return Abstract.isTrue(Abstract.callMethod(checkedRawAttr(), "seekable")); }

    @PyMethod
    public PyObject fileno() { return Abstract.callMethod(checkedRawAttr(), "fileno"); }

    @PyMethod
    public PyObject isatty() { return Abstract.callMethod(checkedRawAttr(), "isatty"); }

    @PyMethod
    public String __repr__() {
        PyObject name = raw == null ? null : Abstract.lookupAttr(raw, "name");
        String n = name == null ? "" : " name=" + Abstract.repr(name).value;
        return "<_io." + type.name + n + ">";
    }

    // ---- flushing forgotten writers ------------------------------------------------------------

    /** Flushes every open writer (at exit); failures are ignored, as CPython ignores them at shutdown. */
    public static void flushAll() {
        for (PyBuffered b : WRITERS) {
            try {
                b.flush();
            } catch (PyException e) {
                // the file went away; nothing can be reported any more
            }
        }
    }

    /** Flushes open writers whose raw stream is the file at path (before it is opened again). */
    static void flushWritersOf(String path) {
        String abs = CurrentDir.resolve(path).normalize().toString();
        for (PyBuffered b : WRITERS) {
            if (b.raw instanceof PyFileIO f && f.osFile() != null && abs.equals(f.osFile().path)) {
                try {
                    b.flush();
                } catch (PyException e) {
                    // reported when the writer itself is used
                }
            }
        }
    }
}
