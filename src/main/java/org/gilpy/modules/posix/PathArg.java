package org.gilpy.modules.posix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import org.gilpy.modules.ErrnoModule;
import org.gilpy.modules.io.CurrentDir;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.StrCodecs;

/**
 * A path argument of a {@code posix} function, as CPython's {@code path_t} converter
 * takes it: str, bytes or os.PathLike (or, where the function allows, a file descriptor
 * or None), with CPython's TypeError messages. {@link #file} is the path resolved against
 * gilpy's current directory ({@link CurrentDir}, tag {@code CWD}); {@link #object} is what
 * an OSError names as its filename (the str or bytes after {@code __fspath__}).
 *
 * <p>Also the one place that turns a JDK failure into the errno CPython would report.
 */
final class PathArg {
    /** What the path was after os.fspath: a str or bytes, or the int of a descriptor. */
    final PyObject object;
    /** The path as Java sees it (bytes decoded as UTF-8 with surrogateescape); null for a descriptor. */
    final String text;
    /** The descriptor, or -1. */
    final int fd;

    private PathArg(PyObject object, String text, int fd) {
        this.object = object;
        this.text = text;
        this.fd = fd;
    }

    boolean isBytes() { return object instanceof PyBytes; }

    /** The path resolved against gilpy's current directory; "" names no file (ENOENT), as in POSIX. */
    Path file() throws NoSuchFileException {
        if (text.isEmpty()) throw new NoSuchFileException("");
        return CurrentDir.resolve(text);
    }

    /** A path (str, bytes, os.PathLike); no descriptor, no None. */
    static PathArg of(String fname, PyObject p) {
        return convert(fname, "path", p, false, false);
    }

    /**
     * A path argument. allowFd: an int is a descriptor; allowNone: None means ".".
     * argName is how TypeError names the argument ("path", "src", "dst").
     */
    static PathArg convert(String fname, String argName, PyObject p, boolean allowFd, boolean allowNone) {
        if (allowNone && (p == null || p == PyNone.NONE)) return new PathArg(PyStr.of("."), ".", -1);
        if (allowFd && (p instanceof PyInt || p.type.lookup("__index__") != null) && !(p instanceof PyStr)
                && !isBytes(p) && p.type.lookup("__fspath__") == null) {
            PyInt i = Abstract.index(p);
            if (i.big != null || i.value != (int) i.value) {
                throw PyErr.overflowError("fd is greater than maximum");
            }
            if (i.value < 0) throw PyErr.valueError("fd is less than 0");  // CPython: "negative file descriptor"
            return new PathArg(i, null, (int) i.value);
        }
        PyObject s = p instanceof PyStr || isBytes(p) ? p : null;
        if (s == null && p.type.lookup("__fspath__") != null) s = fspath(p);
        if (s == null) {
            String kinds = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None"
                    : "string, bytes, os.PathLike or integer")
                    : allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
            throw PyErr.typeError("%s: %s should be %s, not %s", fname, argName, kinds, p.type.tpName());
        }
        String text = s instanceof PyStr str ? str.value
                : StrCodecs.decode(BytesLike.exact(s), 0, BytesLike.length(s), "utf-8", "surrogateescape");
        if (text.indexOf('\0') >= 0) {
            throw s instanceof PyStr ? PyErr.valueError("embedded null byte")
                    : PyErr.valueError("%s: embedded null character in %s", fname, argName);
        }
        return new PathArg(s, text, -1);
    }

    static boolean isBytes(PyObject o) {
        return o instanceof PyBytes;
    }

    /** os.fspath(path): str and bytes as they are, else the result of {@code __fspath__}. */
    static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || isBytes(path)) return path;
        if (path.type.lookup("__fspath__") == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", path.type.tpName());
        }
        PyObject r = Abstract.callMethod(path, "__fspath__");
        if (r instanceof PyStr || isBytes(r)) return r;
        throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", path.type.tpName(),
                r.type.tpName());
    }

    /** A name found by the OS, returned as str, or as bytes when the argument was bytes. */
    PyObject name(String s) {
        if (!isBytes()) return PyStr.of(s);
        return PyBytes.wrap(StrCodecs.encode(s, "utf-8", "surrogateescape"));
    }

    // ---- errors ---------------------------------------------------------------------------------

    /** OSError(errno, strerror[, filename[, None, filename2]]), the errno's subclass. */
    static PyException error(int errno, PyObject filename, PyObject filename2) {
        PyInt n = PyInt.of(errno);
        PyStr msg = PyStr.of(ErrnoModule.strerror(errno));
        if (filename == null) return PyErr.withArgs(PyExc.OSError, n, msg);
        if (filename2 == null) return PyErr.withArgs(PyExc.OSError, n, msg, filename);
        return PyErr.withArgs(PyExc.OSError, n, msg, filename, PyNone.NONE, filename2);
    }

    /** The error for a failure on this path. */
    PyException error(int errno) { return error(errno, object, null); }

    PyException error(IOException e) { return error(errnoOf(e), object, null); }

    /** The errno of a JDK failure on a file. */
    static int errnoOf(IOException e) {
        int known = Descriptors.errnoOf(e);
        if (known >= 0) return known;
        if (e instanceof NoSuchFileException) return 2;
        if (e instanceof AccessDeniedException) return 13;
        if (e instanceof FileAlreadyExistsException) return 17;
        if (e instanceof DirectoryNotEmptyException) return 39;
        if (e instanceof NotDirectoryException) return 20;
        if (e instanceof NotLinkException) return 22;
        if (e instanceof FileSystemLoopException) return 40;
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (why != null) {
            int n = ErrnoModule.byMessage(why.trim());
            if (n >= 0) return n;
            for (int i = 1; i < 134; i++) {
                String m = ErrnoModule.strerror(i);
                if (why.contains(m)) return i;
            }
        }
        return 5;  // EIO
    }
}
