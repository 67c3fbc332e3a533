package org.gilpy.objects;

/**
 * Factories for raising Python exceptions from Java: {@code throw PyErr.typeError(...)}.
 * Messages are formatted with {@link String#format}; callers pass CPython's message.
 */
public final class PyErr {
    private PyErr() {}

    /** A new exception of type {@code t} with the one argument {@code message}. */
    public static PyException format(PyType t, String fmt, Object... args) {
        String msg = args.length == 0 ? fmt : String.format(fmt, args);
        return new PyException(PyBaseException.create(t, PyStr.of(msg)));
    }

    /** A new exception of type {@code t} with the given args tuple contents. */
    public static PyException withArgs(PyType t, PyObject... args) {
        return new PyException(PyBaseException.create(t, args));
    }

    public static PyException typeError(String fmt, Object... args) {
        return format(PyExc.TypeError, fmt, args);
    }

    public static PyException valueError(String fmt, Object... args) {
        return format(PyExc.ValueError, fmt, args);
    }

    public static PyException indexError(String fmt, Object... args) {
        return format(PyExc.IndexError, fmt, args);
    }

    public static PyException overflowError(String fmt, Object... args) {
        return format(PyExc.OverflowError, fmt, args);
    }

    public static PyException zeroDivision(String fmt, Object... args) {
        return format(PyExc.ZeroDivisionError, fmt, args);
    }

    public static PyException runtimeError(String fmt, Object... args) {
        return format(PyExc.RuntimeError, fmt, args);
    }

    public static PyException keyError(PyObject key) {
        return withArgs(PyExc.KeyError, key);
    }

    public static PyException stopIteration() {
        return withArgs(PyExc.StopIteration);
    }

    /** AttributeError "'T' object has no attribute 'name'", with name and obj set as 3.11 does. */
    public static PyException noAttribute(PyObject obj, String name) {
        PyException e = format(PyExc.AttributeError, "'%s' object has no attribute '%s'",
                obj.type.name, name);
        e.value.setAttr("name", PyStr.of(name));
        e.value.setAttr("obj", obj);
        return e;
    }

    // ---- exceptions with attributes of their own (added with the exception classes) ----

    /** {@code StopIteration(value)}, as {@code return value} in a generator raises it. */
    public static PyException stopIteration(PyObject value) {
        return withArgs(PyExc.StopIteration, value);
    }

    public static PyException memoryError() {
        return withArgs(PyExc.MemoryError);
    }

    /** {@code SystemExit(code)}. */
    public static PyException systemExit(PyObject code) {
        return withArgs(PyExc.SystemExit, code);
    }

    /** {@code OSError(errno, strerror)}: the subclass errno selects (FileNotFoundError, ...). */
    public static PyException oserror(int errno, String strerror) {
        return withArgs(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror));
    }

    /** {@code OSError(errno, strerror, filename)}: "[Errno 2] No such file or directory: 'x'". */
    public static PyException oserror(int errno, String strerror, String filename) {
        if (filename == null) return oserror(errno, strerror);
        return withArgs(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename));
    }

    /** {@code OSError(errno, strerror, filename, None, filename2)}: "... 'a' -> 'b'". */
    public static PyException oserror(int errno, String strerror, String filename, String filename2) {
        return withArgs(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename), PyNone.NONE,
                PyStr.of(filename2));
    }

    /** An OSError for a (Linux) errno with its standard message; filename may be null. */
    public static PyException oserrorFromErrno(int errno, String filename) {
        return oserror(errno, PyOSError.strerror(errno), filename);
    }

    /** The OSError CPython would raise where Java threw {@code e} (file operations);
     * filename may be null. */
    public static PyException fromIOException(java.io.IOException e, String filename) {
        int errno;
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException
                && !String.valueOf(e.getMessage()).contains("(")) {
            errno = PyOSError.ENOENT;
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            errno = PyOSError.EACCES;
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            errno = PyOSError.EEXIST;
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            errno = PyOSError.ENOTEMPTY;
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            errno = PyOSError.ENOTDIR;
        } else if (e instanceof java.nio.file.FileSystemLoopException) {
            errno = PyOSError.ELOOP;
        } else {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Is a directory")) errno = PyOSError.EISDIR;
            else if (m.contains("Not a directory")) errno = PyOSError.ENOTDIR;
            else if (m.contains("Permission denied")) errno = PyOSError.EACCES;
            else if (m.contains("No such file or directory")) errno = PyOSError.ENOENT;
            else if (m.contains("File exists")) errno = PyOSError.EEXIST;
            else if (m.contains("Broken pipe")) errno = PyOSError.EPIPE;
            else if (m.contains("Bad file descriptor")) errno = PyOSError.EBADF;
            else if (m.contains("No space left on device")) errno = PyOSError.ENOSPC;
            else if (m.contains("Read-only file system")) errno = PyOSError.EROFS;
            else if (m.contains("File name too long")) errno = PyOSError.ENAMETOOLONG;
            else if (m.contains("Connection refused")) errno = PyOSError.ECONNREFUSED;
            else if (m.contains("Connection reset")) errno = PyOSError.ECONNRESET;
            else return filename == null ? format(PyExc.OSError, "%s", m) : oserror(PyOSError.EIO, m, filename);
        }
        return oserrorFromErrno(errno, filename);
    }

    /** {@code ImportError(msg, name=name)}; name may be null. */
    public static PyException importError(String msg, String name) {
        PyException e = format(PyExc.ImportError, "%s", msg);
        if (name != null) ((PyImportError) e.value).name = PyStr.of(name);
        return e;
    }

    /** {@code ModuleNotFoundError("No module named 'x'", name='x')}. */
    public static PyException moduleNotFound(String name) {
        PyException e = format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
        ((PyImportError) e.value).name = PyStr.of(name);
        return e;
    }

    /** {@code NameError("name 'x' is not defined", name='x')}. */
    public static PyException nameError(String name) {
        PyException e = format(PyExc.NameError, "name '%s' is not defined", name);
        ((PyNameError) e.value).name = PyStr.of(name);
        return e;
    }

    /** UnboundLocalError for a local read before assignment (3.11's message), with name set. */
    public static PyException unboundLocal(String name) {
        PyException e = format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", name);
        ((PyNameError) e.value).name = PyStr.of(name);
        return e;
    }

    /** A SyntaxError (or IndentationError/TabError: {@code type}) located at lineno/offset
     * (1-based; 0 or less for unknown, giving None) with the source line {@code text}. */
    public static PyException syntaxError(PyType type, String msg, String filename, int lineno, int offset,
                                          String text, int endLineno, int endOffset) {
        PyObject info = PyTuple.of(filename == null ? PyNone.NONE : PyStr.of(filename),
                lineno > 0 ? PyInt.of(lineno) : PyNone.NONE, offset > 0 ? PyInt.of(offset) : PyNone.NONE,
                text == null ? PyNone.NONE : PyStr.of(text),
                endLineno > 0 ? PyInt.of(endLineno) : PyNone.NONE, endOffset > 0 ? PyInt.of(endOffset) : PyNone.NONE);
        return withArgs(type, PyStr.of(msg), info);
    }

    /** {@code UnicodeDecodeError(encoding, data, start, end, reason)}. */
    public static PyException unicodeDecodeError(String encoding, byte[] data, int start, int end, String reason) {
        return withArgs(PyExc.UnicodeDecodeError, PyStr.of(encoding), PyBytes.copyOf(data), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    /** {@code UnicodeEncodeError(encoding, s, start, end, reason)}; positions count code points. */
    public static PyException unicodeEncodeError(String encoding, String s, int start, int end, String reason) {
        return withArgs(PyExc.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(s), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    /** The type name messages show: CPython's {@code tp_name} ({@link PyType#tpName}). */
    public static String typeName(PyObject o) {
        return o.type.tpName();
    }
}
