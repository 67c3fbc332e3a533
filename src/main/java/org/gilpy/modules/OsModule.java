package org.gilpy.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.StrCodecs;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Blocking;

/**
 * A minimal {@code os} module: file descriptors ({@code pipe}, {@code read},
 * {@code write}, {@code close}, {@code isatty}) on the descriptor table that {@code open()}
 * uses, {@code remove}/{@code unlink}, the process ({@code getpid}, {@code getppid},
 * {@code getcwd}, {@code cpu_count}, {@code environ}, {@code getenv}), {@code fspath},
 * and the POSIX path constants. In CPython {@code os} is a Python module over the C
 * module {@code posix}; here the functions are built for a module named {@code posix},
 * so that their {@code __module__} and argument messages ("posix.getpid() takes no
 * arguments") match, and copied into {@code os}.
 *
 * <p>Reads and writes wait in {@link Descriptors}, removing a file in
 * {@link Blocking#call}: without the GIL. {@code environ} is a plain dict, a snapshot of
 * the environment the process started with (in its order); changing it changes what
 * {@code getenv} sees but not the environment of the process. Not here yet:
 * {@code os.path}, directories, {@code kill} (with the signal module).
 */
public final class OsModule {
    private OsModule() {}

    /** The environment as {@code os.environ}, made on first use. */
    private static PyDict environ;

    public static PyModule create() {
        PyModule posix = new PyModule("posix");
        PyModule m = new PyModule("os");
        TypeBuilder.moduleFunctions(OsModule.class, posix).forEach(m::put);
        m.put("name", PyStr.of("posix"));
        m.put("sep", PyStr.of("/"));
        m.put("altsep", PyNone.NONE);
        m.put("extsep", PyStr.of("."));
        m.put("pathsep", PyStr.of(":"));
        m.put("curdir", PyStr.of("."));
        m.put("pardir", PyStr.of(".."));
        m.put("defpath", PyStr.of("/bin:/usr/bin"));
        m.put("devnull", PyStr.of("/dev/null"));
        m.put("linesep", PyStr.of("\n"));
        m.put("SEEK_SET", PyInt.of(0));
        m.put("SEEK_CUR", PyInt.of(1));
        m.put("SEEK_END", PyInt.of(2));
        m.put("error", PyExc.OSError);
        m.put("environ", environ());
        return m;
    }

    // ---- file descriptors -----------------------------------------------------------------------

    @PyMethod(doc = "Create a pipe.")
    public static PyObject pipe() { return Descriptors.pipe(); }

    @PyMethod(doc = "Read from a file descriptor.")
    public static PyObject read(PyObject fd, PyObject length) {
        int f = fdArg(fd);
        PyInt n = Abstract.index(length);
        if (n.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        return Descriptors.read(f, n.value);
    }

    @PyMethod(doc = "Write a bytes object to a file descriptor.")
    public static long write(PyObject fd, PyObject data) {
        int f = fdArg(fd);
        // a private copy: another thread may change a bytearray while this one waits without the GIL
        // (BytesLike.exact copies everything but bytes, which cannot change)
        return Descriptors.write(f, BytesLike.exact(data));
    }

    @PyMethod(doc = "Close a file descriptor.")
    public static void close(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("close", args, kwnames, new String[] {"fd"}, 1);
        Descriptors.close(fdArg(a[0]));
    }

    @PyMethod(doc = "Return True if the fd is connected to a terminal.")
    public static boolean isatty(PyObject fd) { return Descriptors.isatty(fdArg(fd)); }

    /** A descriptor argument: an index that fits a C int, as CPython's converter demands. */
    private static int fdArg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value != (int) i.value) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    // ---- files ----------------------------------------------------------------------------------

    @PyMethod(doc = "Remove a file (same as unlink()).")
    public static void remove(PyObject[] args, String[] kwnames) { unlinkPath("remove", args, kwnames); }

    @PyMethod(doc = "Remove a file (same as remove()).")
    public static void unlink(PyObject[] args, String[] kwnames) { unlinkPath("unlink", args, kwnames); }

    /** remove/unlink(path, *, dir_fd=None): a file or a symbolic link, never a directory (EISDIR). */
    private static void unlinkPath(String fname, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 1) throw PyErr.typeError("%s() takes exactly 1 positional argument (%d given)", fname, npos);
        PyObject[] a = ArgParser.parse(fname, args, kwnames, new String[] {"path", "dir_fd"}, 1);
        if (a[1] != null && a[1] != PyNone.NONE) {
            throw PyErr.format(PyExc.NotImplementedError, "%s: dir_fd unavailable on this platform", fname);
        }
        String path = pathArg(fname, a[0]);
        int errno = Blocking.call(() -> deleteFile(path));
        if (errno != 0) {
            throw PyErr.withArgs(PyExc.OSError, PyInt.of(errno), PyStr.of(PyOSError.strerror(errno)), a[0]);
        }
    }

    /** Deletes a file as unlink(2) would; returns 0 or the errno. */
    private static int deleteFile(String path) {
        if (path.isEmpty()) return PyOSError.ENOENT;
        Path p = Path.of(path);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return PyOSError.EISDIR;
        try {
            Files.delete(p);
            return 0;
        } catch (NoSuchFileException e) {
            return PyOSError.ENOENT;
        } catch (AccessDeniedException e) {
            return PyOSError.EACCES;
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason());
            return why.contains("Not a directory") ? PyOSError.ENOTDIR
                    : why.contains("Read-only") ? PyOSError.EROFS : PyOSError.EIO;
        } catch (IOException e) {
            return PyOSError.EIO;
        }
    }

    /** A path argument (str, bytes or os.PathLike) as a Java string, with CPython's messages. */
    private static String pathArg(String fname, PyObject p) {
        PyObject s = p instanceof PyStr || isBytes(p) ? p : null;
        if (s == null) {
            if (p.type.lookup("__fspath__") == null) {
                throw PyErr.typeError("%s: path should be string, bytes or os.PathLike, not %s", fname, p.type.name);
            }
            s = fspath(p);
        }
        String path = s instanceof PyStr str ? str.value
                : StrCodecs.decode(BytesLike.exact(s), 0, BytesLike.length(s), "utf-8", "surrogateescape");
        if (path.indexOf('\0') >= 0) {
            throw s instanceof PyStr ? PyErr.valueError("embedded null byte")
                    : PyErr.valueError("%s: embedded null character in path", fname);
        }
        return path;
    }

    private static boolean isBytes(PyObject o) {
        return o.type.name.equals("bytes") && o instanceof BytesLike;
    }

    // ---- the process ----------------------------------------------------------------------------

    @PyMethod(doc = "Return the current process id.")
    public static long getpid() { return ProcessHandle.current().pid(); }

    /** kill(pid, signal): see {@link SignalModule#kill} (our own pid runs the handler before returning). */
    @PyMethod
    public static void kill(PyObject pid, PyObject signal) {
        SignalModule.kill(PyInt.asLong(pid), PyInt.asInt(signal));
    }

    private static final java.security.SecureRandom URANDOM = new java.security.SecureRandom();

    /** urandom(size): size bytes from the JDK's source of cryptographic randomness. */
    @PyMethod(doc = "Return a bytes object containing random bytes suitable for cryptographic use.")
    public static PyObject urandom(PyObject size) {
        long n = PyInt.asSsize(org.gilpy.objects.Abstract.index(size));
        if (n < 0) throw PyErr.valueError("negative argument not allowed");
        if (n > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        byte[] b = new byte[(int) n];
        URANDOM.nextBytes(b);
        return org.gilpy.objects.PyBytes.wrap(b);
    }

    @PyMethod(doc = "Return the parent's process id.")
    public static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    }

    @PyMethod(doc = "Return a unicode string representing the current working directory.")
    public static String getcwd() { return Path.of("").toAbsolutePath().toString(); }

    @PyMethod(doc = "Return the number of CPUs in the system; return None if indeterminable.")
    public static long cpu_count() { return Runtime.getRuntime().availableProcessors(); }

    /** getenv(key, default=None): what {@code os.environ} holds for key. */
    @PyMethod(optional = 1, doc = "Get an environment variable, return None if it doesn't exist.")
    public static PyObject getenv(PyObject key, PyObject dflt) {
        if (!(key instanceof PyStr)) throw PyErr.typeError("str expected, not %s", key.type.name);
        PyObject v = environ().get(key);
        return v != null ? v : dflt != null ? dflt : PyNone.NONE;
    }

    /** os.fspath(path): str and bytes as they are, else the result of {@code __fspath__}. */
    @PyMethod(doc = "Return the file system path representation of the object.")
    public static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || isBytes(path)) return path;
        if (path.type.lookup("__fspath__") == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", path.type.name);
        }
        PyObject r = Abstract.callMethod(path, "__fspath__");
        if (r instanceof PyStr || isBytes(r)) return r;
        throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", path.type.name,
                r.type.name);
    }

    /**
     * The environment the process started with, in its order: read from
     * {@code /proc/self/environ} (decoded as CPython does, UTF-8 with surrogateescape),
     * else from the JVM's unordered copy.
     */
    private static synchronized PyDict environ() {
        if (environ != null) return environ;
        PyDict d = new PyDict();
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/environ"));
            int start = 0;
            for (int i = 0; i <= raw.length; i++) {
                if (i < raw.length && raw[i] != 0) continue;
                int eq = start;
                while (eq < i && raw[eq] != '=') eq++;
                if (eq < i) {  // as CPython: split at the first '=', the first of two equal keys wins
                    PyStr k = PyStr.of(StrCodecs.decode(raw, start, eq - start, "utf-8", "surrogateescape"));
                    if (d.get(k) == null) {
                        d.put(k, PyStr.of(StrCodecs.decode(raw, eq + 1, i - eq - 1, "utf-8", "surrogateescape")));
                    }
                }
                start = i + 1;
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            System.getenv().forEach((k, v) -> d.put(PyStr.of(k), PyStr.of(v)));
        }
        environ = d;
        return d;
    }
}
