package org.gilpy.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The standard streams ({@code sys.stdin/stdout/stderr}) as text files: UTF-8, written
 * through a buffer that is flushed at exit, on {@code flush()}, and at each newline when
 * line-buffered (a terminal, or stderr). Writes are synchronized so characters from
 * several threads are never lost or interleaved inside one write.
 */
public final class PyTextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyTextStream.class, PyType.OBJECT, null);

    private final String name;
    private final OutputStream out;
    private final InputStream in;
    private final boolean lineBuffered;
    private final StringBuilder pending = new StringBuilder();

    public PyTextStream(String name, OutputStream out, InputStream in, boolean lineBuffered) {
        super(TYPE);
        this.name = name;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    @PyMethod
    public synchronized int write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("write() argument must be str, not %s", s.type.name);
        }
        if (out == null) throw PyErr.format(org.gilpy.objects.PyExc.OSError, "not writable");
        pending.append(str.value);
        if (pending.length() > 8192 || (lineBuffered && str.value.indexOf('\n') >= 0)) flush();
        return str.length();
    }

    @PyMethod
    public synchronized void flush() {
        if (out == null || pending.isEmpty()) return;
        try {
            out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the reader went away (a closed pipe): drop the output, as CPython does at exit
        }
        pending.setLength(0);
    }

    /** One line including its newline, or "" at end of input. */
    @PyMethod
    public PyObject readline() {
        if (in == null) throw PyErr.format(org.gilpy.objects.PyExc.OSError, "not readable");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                b.write(c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            throw PyErr.format(org.gilpy.objects.PyExc.OSError, "%s", e.getMessage());
        }
        return PyStr.of(b.toString(StandardCharsets.UTF_8));
    }

    @PyMethod
    public PyObject read() {
        try {
            return PyStr.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw PyErr.format(org.gilpy.objects.PyExc.OSError, "%s", e.getMessage());
        }
    }

    @PyMethod
    public boolean isatty() { return lineBuffered && !name.equals("<stderr>"); }

    @PyMethod
    public boolean writable() { return out != null; }

    @PyMethod
    public boolean readable() { return in != null; }

    @PyGetter("name")
    public String getName() { return name; }

    @PyGetter("encoding")
    public String encoding() { return "utf-8"; }

    @PyMethod
    public String __repr__() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + (in != null ? "r" : "w") + "' encoding='utf-8'>";
    }
}
