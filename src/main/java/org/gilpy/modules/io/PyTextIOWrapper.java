package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
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
 * {@code io.TextIOWrapper}: text over a buffered binary stream. Writes are encoded and
 * handed to the buffer at once (the buffer does the batching), so this layer holds no
 * unwritten text. Reads decode chunks of {@code read1} into {@code dec} and apply the
 * newline mode lazily while taking characters out of it ({@link NewlineMode}); because
 * {@code dec[dpos..)} is still the file's text, {@code tell()} is the buffer's position
 * minus the encoded length of what was decoded but not yet returned.
 */
public class PyTextIOWrapper extends PyTextIOBase {
    public static final PyType TYPE = IoModule.type("TextIOWrapper", PyTextIOWrapper.class, PyTextIOBase.TYPE,
            PyTextIOWrapper::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_io");

    static final int CHUNK_SIZE = 8192;
    /** {@code _CHUNK_SIZE}: how much one read asks of the buffer, and how much text a write may hold back. */
    private int chunkSize = CHUNK_SIZE;

    PyObject buffer;
    TextCodec codec;
    NewlineMode newline = NewlineMode.of(null);
    boolean lineBuffering, writeThrough;
    private final StringBuilder dec = new StringBuilder();
    /**
     * A read left decoded text behind (CPython's decoded_chars is set): from then until a
     * seek or a read to the end, reconfigure may not change the encoding or newline.
     */
    private boolean decodedPending;
    /** Encoded text not yet handed to a buffer that is not one of ours (CPython's pending_bytes). */
    private final java.io.ByteArrayOutputStream pendingOut = new java.io.ByteArrayOutputStream();
    private int dpos;

    public PyTextIOWrapper(PyType type) {
        super(type);
    }

    /** A TextIOWrapper made from Java (open(), the standard streams). */
    static PyTextIOWrapper over(PyObject buffer, String encoding, String errors, String newline, boolean lineBuffering,
                                boolean writeThrough) {
        PyTextIOWrapper t = new PyTextIOWrapper(TYPE);
        t.init(buffer, encoding, errors, newline, lineBuffering, writeThrough);
        return t;
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("TextIOWrapper", args, kwnames,
                new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1);
        init(a[0], optStr(a[1], "encoding"), optStr(a[2], "errors"), optStr(a[3], "newline"),
                a[4] != null && Abstract.isTrue(a[4]), a[5] != null && Abstract.isTrue(a[5]));
    }

    static String optStr(PyObject o, String what) {
        if (o == null || o == PyNone.NONE) return null;
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("TextIOWrapper() argument '%s' must be str or None, not %s", what, o.type.tpName());
    }

    private void init(PyObject buf, String encoding, String errors, String nl, boolean lineBuf, boolean through) {
        newline = NewlineMode.of(nl);
        String enc = encoding == null || encoding.equals("locale") ? "UTF-8" : encoding;
        codec = new TextCodec(enc, errors == null ? "strict" : errors);
        buffer = buf;
        lineBuffering = lineBuf;
        writeThrough = through;
        dec.setLength(0);
        dpos = 0;
        if (Abstract.isTrue(Abstract.callMethod(buf, "seekable"))
                && Abstract.isTrue(Abstract.callMethod(buf, "writable"))) {
            PyObject pos = Abstract.callMethod(buf, "tell");
            if (Abstract.index(pos).value != 0) codec.skipBom();
        }
    }

    // ---- the buffer ----------------------------------------------------------------------------

    private PyObject buf() {
        if (buffer == null) throw PyErr.valueError("underlying buffer has been detached");
        return buffer;
    }

    private PyBuffered fast() {
        return buffer instanceof PyBuffered b && buffer.type.isBuiltin() ? b : null;
    }

    private PyObject checked() {
        PyObject b = buf();
        if (Abstract.isTrue(Abstract.getAttr(b, "closed"))) throw closedError();
        return b;
    }

    private void checkReadable() {
        checked();
        pushPending();
        if (!Abstract.isTrue(Abstract.callMethod(buffer, "readable"))) throw unsupported("not readable");
    }

    /** One chunk from the buffer: empty at end of file or when it would block. */
    private byte[] readChunk() {
        PyBuffered b = fast();
        PyObject got = b != null ? b.read1(PyInt.of(chunkSize)) : Abstract.callMethod(buffer, "read1", PyInt.of(chunkSize));
        return got == PyNone.NONE ? new byte[0] : bytesArg(got);
    }

    /** Decodes more text into dec; false at end of file. */
    private boolean more() {
        if (dpos > 0) {
            dec.delete(0, dpos);
            dpos = 0;
        }
        while (true) {
            byte[] chunk = readChunk();
            String s = codec.decode(chunk, chunk.length == 0);
            dec.append(s);
            if (!s.isEmpty()) return true;
            if (chunk.length == 0) return false;
        }
    }

    private void dropReadState(long position) {
        dec.setLength(0);
        dpos = 0;
        codec.reset(position);
    }

    // ---- reading -------------------------------------------------------------------------------

    @PyMethod(optional = 1)
    public PyObject read(PyObject size) {
        long n = sizeArg(size);
        return locked(() -> {
            checkReadable();
            if (n >= 0) {
                decodedPending = true;
                return PyStr.of(take(n, false));
            }
            decodedPending = false;
            PyObject all = fast() != null ? fast().read(null) : Abstract.callMethod(buffer, "read");
            byte[] rest = all == PyNone.NONE ? new byte[0] : bytesArg(all);
            String s = dec.substring(dpos) + codec.decode(rest, true);
            dec.setLength(0);
            dpos = 0;
            return PyStr.of(newline.translate(s));
        });
    }

    @PyMethod(optional = 1)
    public PyObject readline(PyObject size) {
        long n = size == null ? -1 : Abstract.index(size).value;
        return locked(() -> {
            checkReadable();
            decodedPending = true;
            return PyStr.of(take(n < 0 ? Long.MAX_VALUE : n, true));
        });
    }

    @PyMethod
    public PyObject __next__() {
        PyObject line = type == TYPE ? readline(null) : Abstract.callMethod(this, "readline");
        if (Abstract.len(line) == 0) throw PyErr.stopIteration();
        return line;
    }

    /** Up to max characters (one line at most when {@code line}), newlines translated. */
    private String take(long max, boolean line) {
        StringBuilder out = new StringBuilder();
        long count = 0;
        while (count < max) {
            if (dpos >= dec.length() && !more()) break;
            char c = dec.charAt(dpos);
            if (c == '\r' && newline.universal && dpos + 1 >= dec.length()) more();
            boolean crlf = c == '\r' && dpos + 1 < dec.length() && dec.charAt(dpos + 1) == '\n';
            int before = out.length();
            int used = newline.take(c, crlf, max - count, out);
            if (used == 0) {
                boolean pair = Character.isHighSurrogate(c) && dpos + 1 < dec.length();
                out.append(c);
                if (pair) out.append(dec.charAt(dpos + 1));
                used = pair ? 2 : 1;
            }
            dpos += used;
            count += out.codePointCount(before, out.length());
            if (line && newline.endsLine(out)) break;
        }
        return out.toString();
    }

    // ---- writing -------------------------------------------------------------------------------

    @PyMethod
    public int write(PyObject s) {
        if (!(s instanceof PyStr str)) throw PyErr.typeError("write() argument must be str, not %s", s.type.tpName());
        org.gilpy.vm.Interpreter.noteWrite(this);
        return locked(() -> {
            checked();
            if (!Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) throw unsupported("not writable");
            String text = newline.forWrite(str.value);
            if (dec.length() > 0 || codec.pendingBytes() > 0) dropReadState(-1);
            PyBytes b = PyBytes.wrap(codec.encode(text));
            PyBuffered fb = fast();
            if (fb != null) {
                fb.write(b);
            } else {
                pendingOut.writeBytes(b.bytesData());
                if (pendingOut.size() > chunkSize || writeThrough) pushPending();
            }
            if (lineBuffering && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) flushBuffer();
            return str.length();
        });
    }

    /** Hands text written to a foreign buffer over to it. */
    private void pushPending() {
        if (pendingOut.size() == 0) return;
        PyBytes b = PyBytes.wrap(pendingOut.toByteArray());
        pendingOut.reset();
        Abstract.callMethod(buffer, "write", b);
    }

    private void flushBuffer() {
        pushPending();
        PyBuffered fb = fast();
        if (fb != null) fb.flush(); else Abstract.callMethod(buffer, "flush");
    }

    @PyMethod
    public void flush() {
        locked(() -> {
            checked();
            flushBuffer();
            return null;
        });
    }

    @PyMethod
    public void close() {
        locked(() -> {
            PyObject b = buf();
            if (Abstract.isTrue(Abstract.getAttr(b, "closed"))) return null;
            try {
                flushBuffer();
            } finally {
                Abstract.callMethod(b, "close");
            }
            return null;
        });
    }

    // ---- positioning ---------------------------------------------------------------------------

    private void checkSeekable() {
        checked();
        if (!Abstract.isTrue(Abstract.callMethod(buffer, "seekable"))) throw unsupported("underlying stream is not seekable");
    }

    @PyMethod
    public PyObject tell() {
        return locked(() -> {
            checkSeekable();
            flushBuffer();
            long pos = Abstract.index(Abstract.callMethod(buffer, "tell")).value;
            return PyInt.of(pos - codec.pendingBytes() - codec.encodedLength(dec.substring(dpos)));
        });
    }

    @PyMethod(optional = 1)
    public PyObject seek(PyObject cookie, PyObject whence) {
        int w = whence == null ? 0 : (int) Abstract.index(whence).value;
        return locked(() -> {
            checked();
            long c = Abstract.index(cookie).value;
            checkSeekable();
            if (w == 1 && c != 0) throw unsupported("can't do nonzero cur-relative seeks");
            if (w == 2 && c != 0) throw unsupported("can't do nonzero end-relative seeks");
            if (w < 0 || w > 2) throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", w);
            if (w == 1) return tell();
            if (c < 0) throw PyErr.valueError("negative seek position %d", c);
            flushBuffer();
            PyObject pos = Abstract.callMethod(buffer, "seek", PyInt.of(w == 2 ? 0 : c), PyInt.of(w));
            dropReadState(Abstract.index(pos).value);
            decodedPending = false;
            return pos;
        });
    }

    @PyMethod(optional = 1)
    public PyObject truncate(PyObject pos) {
        return locked(() -> {
            checked();
            flushBuffer();
            PyObject p = pos == null || pos == PyNone.NONE ? tell() : pos;
            return Abstract.callMethod(buffer, "truncate", p);
        });
    }

    @PyMethod
    public PyObject detach() {
        return locked(() -> {
            flushBuffer();
            PyObject b = buf();
            buffer = null;
            return b;
        });
    }

    @PyMethod
    public void reconfigure(PyObject[] args, String[] kwnames) {
        if (ArgParser.npos(args, kwnames) > 0) throw PyErr.typeError("reconfigure() takes no positional arguments");
        PyObject[] a = ArgParser.parse("reconfigure", args, kwnames,
                new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0);
        for (int i = 0; i < 3; i++) {
            if (a[i] != null && a[i] != PyNone.NONE && !(a[i] instanceof PyStr)) {
                throw PyErr.typeError("reconfigure() argument '%s' must be str or None, not %s",
                        new String[] {"encoding", "errors", "newline"}[i], a[i].type.tpName());
            }
        }
        locked(() -> {
            boolean changesDecoding = a[0] != null && a[0] != PyNone.NONE || a[1] != null && a[1] != PyNone.NONE
                    || a[2] != null;
            if (decodedPending && changesDecoding) {
                throw unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            flushBuffer();
            if (a[0] != null && a[0] != PyNone.NONE || a[1] != null && a[1] != PyNone.NONE) {
                String enc = a[0] == null || a[0] == PyNone.NONE ? codec.encoding : optStr(a[0], "encoding");
                String err = a[1] == null || a[1] == PyNone.NONE ? (a[0] == null ? codec.errors : "strict")
                        : optStr(a[1], "errors");
                codec = new TextCodec(enc, err);
            }
            if (a[2] != null) newline = NewlineMode.of(optStr(a[2], "newline"));
            if (a[3] != null && a[3] != PyNone.NONE) lineBuffering = Abstract.isTrue(a[3]);
            if (a[4] != null && a[4] != PyNone.NONE) writeThrough = Abstract.isTrue(a[4]);
            return null;
        });
    }

    // ---- attributes ----------------------------------------------------------------------------

    @PyGetter("closed")
    public PyObject closedAttr() { return Abstract.getAttr(buf(), "closed"); }

    @PyGetter("name")
    public PyObject nameAttr() { return Abstract.getAttr(buf(), "name"); }

    @PyGetter("buffer")
    public PyObject bufferAttr() { return buf(); }

    @PyGetter("encoding")
    public String encoding() { return codec.encoding; }

    @PyGetter("errors")
    public String errors() { return codec.errors; }

    @PyGetter("newlines")
    public PyObject newlines() { return newline.seen(); }

    @PyGetter("line_buffering")
    public boolean lineBuffering() { return lineBuffering; }

    @PyGetter("write_through")
    public boolean writeThrough() { return writeThrough; }

    @PyMethod
    public PyObject fileno() { return Abstract.callMethod(buf(), "fileno"); }

    @PyMethod
    public PyObject isatty() { return Abstract.callMethod(buf(), "isatty"); }

    @PyMethod
    public PyObject readable() { return Abstract.callMethod(buf(), "readable"); }

    @PyMethod
    public PyObject writable() { return Abstract.callMethod(buf(), "writable"); }

    @PyMethod
    public PyObject seekable() { return Abstract.callMethod(buf(), "seekable"); }

    @PyMethod
    public String __repr__() {
        StringBuilder b = new StringBuilder("<_io.TextIOWrapper");
        appendAttr(b, "name");
        appendAttr(b, "mode");
        return b.append(" encoding=").append(PyStr.of(codec.encoding).__repr__()).append('>').toString();
    }

    private void appendAttr(StringBuilder b, String attr) {
        try {
            PyObject v = Abstract.lookupAttr(this, attr);
            if (v != null) b.append(' ').append(attr).append('=').append(Abstract.repr(v).value);
        } catch (PyException e) {
            if (!e.matches(org.gilpy.objects.PyExc.Exception)) throw e;
        }
    }

    @PyGetter("_CHUNK_SIZE")
    public long chunkSize() { return chunkSize; }

    @org.gilpy.objects.PySetter("_CHUNK_SIZE")
    public void setChunkSize(PyObject v) {
        if (v == null) throw PyErr.format(org.gilpy.objects.PyExc.AttributeError, "cannot delete attribute");
        long n = Abstract.index(v).value;
        if (n <= 0) throw PyErr.valueError("a strictly positive integer is required");
        chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
    }
}
