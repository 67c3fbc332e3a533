package org.gilpy.modules.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} as CPython 3.11 makes them
 * on Linux: TextIOWrapper (UTF-8, newline "\n") over a BufferedReader/BufferedWriter over
 * FileIO of descriptors 0, 1, 2 (closefd=False). stdout is line-buffered on a terminal
 * and block-buffered otherwise; stderr is always line-buffered and uses the
 * backslashreplace error handler. {@link IoModule#flushAll} empties them at exit.
 *
 * <p>Unbuffered ({@code -u}, PYTHONUNBUFFERED), stdout and stderr wrap the FileIO itself
 * and all three TextIOWrappers write through, with no line buffering, even on a terminal.
 */
public final class StdStreams {
    private StdStreams() {}

    /** The three streams, as sys holds them. */
    public record Streams(PyObject stdin, PyObject stdout, PyObject stderr) {}

    /** The process's standard streams, buffered or not. */
    public static Streams ofProcess(boolean unbuffered) {
        return create(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), null, unbuffered);
    }

    /** Standard streams over Java streams (for tests); they are never terminals. */
    public static Streams over(InputStream in, OutputStream out, OutputStream err, boolean unbuffered) {
        return create(in, out, err, false, unbuffered);
    }

    private static Streams create(InputStream in, OutputStream out, OutputStream err, Boolean tty,
                                  boolean unbuffered) {
        OsFile f0 = OsFile.std(0, in, null, tty);
        OsFile f1 = OsFile.std(1, null, out, tty);
        OsFile f2 = OsFile.std(2, null, err, tty);
        return new Streams(
                text(f0, "<stdin>", PyBuffered.READER, "strict", f0.isatty(), "r", unbuffered),
                text(f1, "<stdout>", PyBuffered.WRITER, "strict", f1.isatty(), "w", unbuffered),
                text(f2, "<stderr>", PyBuffered.WRITER, "backslashreplace", true, "w", unbuffered));
    }

    private static PyObject text(OsFile f, String name, PyType kind, String errors, boolean lineBuffering,
                                 String mode, boolean unbuffered) {
        boolean reader = kind == PyBuffered.READER;
        PyFileIO raw = PyFileIO.over(f, name, reader, false);
        PyObject buffer = unbuffered && !reader ? raw : PyBuffered.over(kind, raw, PyIOBase.DEFAULT_BUFFER_SIZE);
        PyTextIOWrapper t = PyTextIOWrapper.over(buffer, "utf-8", errors, "\n", lineBuffering && !unbuffered,
                unbuffered);
        t.getDict().put(PyStr.of("mode"), PyStr.of(mode));
        return t;
    }
}
