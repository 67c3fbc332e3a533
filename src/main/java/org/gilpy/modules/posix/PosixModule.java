package org.gilpy.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gilpy.modules.ErrnoModule;
import org.gilpy.modules.SignalModule;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StrCodecs;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Blocking;

/**
 * The {@code posix} module, under the Python module {@code os} (lib/os.py), as in
 * CPython: file descriptors on the descriptor table that {@code open()} uses
 * ({@code modules/io/Descriptors}), the process (ids, {@code kill}, {@code uname},
 * {@code urandom}, the environment), and, in {@link PosixFiles}, the file system.
 *
 * <p>The environment: {@code environ} is a dict snapshot of the process's environment
 * (in its order; str keys and values where CPython's are bytes). A JVM cannot change its
 * own environment, so {@code putenv}/{@code unsetenv} change {@link #childEnvironment},
 * the environment subprocess gives children by default.
 */
public final class PosixModule {
    private PosixModule() {}

    /** The environment children inherit: the process's, as changed by putenv and unsetenv. */
    private static final Map<String, String> CHILD_ENV = new LinkedHashMap<>();
    private static PyDict environ;
    /** gilpy's umask (the JVM can neither read nor set the process's after start). */
    private static volatile int umask = -1;

    static final PyType TERMINAL_SIZE = PyStructSeq.newType("os", "terminal_size",
            new String[] {"columns", "lines"}, 2);
    static final PyType UNAME_RESULT = PyStructSeq.newType("posix", "uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5);

    public static PyModule create() {
        PyModule m = new PyModule("posix");
        TypeBuilder.moduleFunctions(PosixModule.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(PosixFiles.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(PosixDescriptors.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(PosixProcess.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(FileSystemStats.class, m).forEach(m::put);
        m.put("times_result", PosixProcess.TIMES_RESULT);
        m.put("waitid_result", PosixProcess.WAITID_RESULT);
        m.put("statvfs_result", FileSystemStats.TYPE);
        m.put("error", PyExc.OSError);
        m.put("environ", environ());
        m.put("stat_result", StatResult.TYPE);
        m.put("terminal_size", TERMINAL_SIZE);
        m.put("uname_result", UNAME_RESULT);
        Object[][] constants = {
            {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
            {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_ACCMODE", 3}, {"O_CREAT", 0100},
            {"O_EXCL", 0200}, {"O_NOCTTY", 0400}, {"O_TRUNC", 01000}, {"O_APPEND", 02000},
            {"O_NONBLOCK", 04000}, {"O_NDELAY", 04000}, {"O_DSYNC", 010000}, {"O_ASYNC", 020000},
            {"O_DIRECT", 040000}, {"O_LARGEFILE", 0}, {"O_DIRECTORY", 0200000}, {"O_NOFOLLOW", 0400000},
            {"O_NOATIME", 01000000}, {"O_CLOEXEC", 02000000}, {"O_SYNC", 04010000}, {"O_RSYNC", 04010000},
            {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"SEEK_DATA", 3}, {"SEEK_HOLE", 4},
            {"P_ALL", 0}, {"P_PID", 1}, {"P_PGID", 2},
            {"GRND_NONBLOCK", 1}, {"GRND_RANDOM", 2},
            {"F_ULOCK", 0}, {"F_LOCK", 1}, {"F_TLOCK", 2}, {"F_TEST", 3},
            {"POSIX_FADV_NORMAL", 0}, {"POSIX_FADV_RANDOM", 1}, {"POSIX_FADV_SEQUENTIAL", 2},
            {"POSIX_FADV_WILLNEED", 3}, {"POSIX_FADV_DONTNEED", 4}, {"POSIX_FADV_NOREUSE", 5},
            {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
            {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
            {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
            {"EX_CONFIG", 78},
            {"O_FSYNC", 04010000}, {"O_PATH", 010000000}, {"O_TMPFILE", 020200000},
            {"WNOHANG", 1}, {"WUNTRACED", 2}, {"WSTOPPED", 2}, {"WEXITED", 4}, {"WCONTINUED", 8},
            {"WNOWAIT", 0x1000000},
            {"CLD_EXITED", 1}, {"CLD_KILLED", 2}, {"CLD_DUMPED", 3}, {"CLD_TRAPPED", 4}, {"CLD_STOPPED", 5},
            {"CLD_CONTINUED", 6},
            {"ST_RDONLY", 1}, {"ST_NOSUID", 2}, {"ST_NODEV", 4}, {"ST_NOEXEC", 8}, {"ST_SYNCHRONOUS", 16},
            {"ST_MANDLOCK", 64}, {"ST_WRITE", 128}, {"ST_APPEND", 256}, {"ST_NOATIME", 1024},
            {"ST_NODIRATIME", 2048}, {"ST_RELATIME", 4096},
            {"NGROUPS_MAX", 65536}, {"TMP_MAX", 238328},
        };
        for (Object[] c : constants) m.put((String) c[0], PyInt.of((Integer) c[1]));
        return m;
    }

    // ---- arguments ------------------------------------------------------------------------------

    /** A descriptor argument: an index that fits a C int, as CPython's converter demands. */
    static int fdArg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value != (int) i.value) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** An int argument (mode, flags). */
    static int intArg(PyObject o) {
        if (o instanceof org.gilpy.objects.PyFloat) throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        return fdArg(o);
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
        return Descriptors.write(f, BytesLike.exact(data));
    }

    @PyMethod(doc = "Close a file descriptor.")
    public static void close(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("close", args, kwnames, new String[] {"fd"}, 1);
        Descriptors.close(fdArg(a[0]));
    }

    @PyMethod(doc = "Return True if the fd is connected to a terminal.")
    public static boolean isatty(PyObject fd) { return Descriptors.isatty(fdArg(fd)); }

    @PyMethod(doc = "Set the position of a file descriptor.  Return the new position.")
    public static long lseek(PyObject fd, PyObject position, PyObject whence) {
        int w = intArg(whence);
        if (w < 0 || w > 4) throw PathArg.error(22, null, null);   // 3, 4: SEEK_DATA, SEEK_HOLE
        return Descriptors.seek(fdArg(fd), Abstract.index(position).value, w);
    }

    @PyMethod(doc = "Truncate a file, specified by file descriptor, to a specific length.")
    public static void ftruncate(PyObject fd, PyObject length) {
        long n = Abstract.index(length).value;
        if (n < 0) throw PathArg.error(22, null, null);
        Descriptors.truncate(fdArg(fd), n);
    }

    @PyMethod(doc = "Force write of fd to disk.")
    public static void fsync(PyObject fd) {
        Descriptors.sync(fdArg(PosixDescriptors.filenoOf(fd)), true);
    }

    // ---- the process ----------------------------------------------------------------------------

    @PyMethod(doc = "Return the current process id.")
    public static long getpid() { return ProcessHandle.current().pid(); }

    @PyMethod(doc = "Return the parent's process id.")
    public static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    }

    /** kill(pid, signal): see {@link SignalModule#kill} (our own pid runs the handler before returning). */
    @PyMethod(doc = "Kill a process with a signal.")
    public static void kill(PyObject pid, PyObject signal) {
        SignalModule.kill(PyInt.asLong(pid), PyInt.asInt(signal));
    }

    @PyMethod(doc = "Exit to the system with specified status, without normal exit processing.")
    public static void _exit(PyObject status) {
        Runtime.getRuntime().halt(intArg(status));
    }

    /** The process's real, effective and saved uid, then gid, from /proc/self/status. */
    static int[] ids() {
        int[] ids = new int[6];
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                int base = line.startsWith("Uid:") ? 0 : line.startsWith("Gid:") ? 3 : -1;
                if (base < 0) continue;
                String[] f = line.substring(4).trim().split("\\s+");
                for (int i = 0; i < 3; i++) ids[base + i] = Integer.parseInt(f[i]);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: root's ids are the best guess
        }
        return ids;
    }

    @PyMethod(doc = "Return the current process's user id.")
    public static long getuid() { return ids()[0]; }

    @PyMethod(doc = "Return the current process's effective user id.")
    public static long geteuid() { return ids()[1]; }

    @PyMethod(doc = "Return the current process's group id.")
    public static long getgid() { return ids()[3]; }

    @PyMethod(doc = "Return the current process's effective group id.")
    public static long getegid() { return ids()[4]; }

    @PyMethod(doc = "Return the number of CPUs in the system; return None if indeterminable.")
    public static long cpu_count() { return Runtime.getRuntime().availableProcessors(); }

    @PyMethod(doc = "Return the affinity of the process identified by pid (0: this process).")
    public static PyObject sched_getaffinity(PyObject pid) {
        long p = Abstract.index(pid).value;
        if (p != 0 && p != ProcessHandle.current().pid()) {
            if (ProcessHandle.of(p).isEmpty()) throw PathArg.error(3, null, null);
            throw PathArg.error(1, null, null);  // the JVM cannot ask about another process
        }
        org.gilpy.objects.PySet s = new org.gilpy.objects.PySet();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) s.addItem(PyInt.of(i));
        return s;
    }

    @PyMethod(doc = "Return the average number of processes in the system run queue over the last 1, 5, and 15 minutes.")
    public static PyObject getloadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return org.gilpy.objects.PyTuple.of(org.gilpy.objects.PyFloat.of(Double.parseDouble(f[0])),
                    org.gilpy.objects.PyFloat.of(Double.parseDouble(f[1])),
                    org.gilpy.objects.PyFloat.of(Double.parseDouble(f[2])));
        } catch (IOException | RuntimeException e) {
            throw PyErr.format(PyExc.OSError, "Load averages are unobtainable");
        }
    }

    @PyMethod(doc = "Translate an error code to a message string.")
    public static String strerror(PyObject code) { return ErrnoModule.strerror(intArg(code)); }

    @PyMethod(doc = "Return a bytes object containing random bytes suitable for cryptographic use.")
    public static PyObject urandom(PyObject size) {
        PyInt n = Abstract.index(size);
        if (n.value < 0) throw PyErr.valueError("negative argument not allowed");
        byte[] b = new byte[(int) n.value];
        new SecureRandom().nextBytes(b);
        return PyBytes.wrap(b);
    }

    @PyMethod(doc = "Set the current numeric umask and return the previous umask.")
    public static long umask(PyObject mask) {
        int m = intArg(mask);
        int old = umaskValue();
        umask = m & 0777;
        return old;
    }

    static int umaskValue() {
        int u = umask;
        if (u >= 0) return u;
        u = 022;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) u = Integer.parseInt(line.substring(6).trim(), 8);
            }
        } catch (IOException | RuntimeException e) {
            // the usual default
        }
        umask = u;
        return u;
    }

    @PyMethod(doc = "Return an object identifying the current operating system.")
    public static PyObject uname() {
        String node = firstLine("/proc/sys/kernel/hostname", "localhost");
        String release = firstLine("/proc/sys/kernel/osrelease", System.getProperty("os.version", ""));
        String version = firstLine("/proc/sys/kernel/version", "");
        String arch = System.getProperty("os.arch", "");
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386" -> "i686";
            case "arm64" -> "aarch64";
            default -> arch;
        };
        return PyStructSeq.create(UNAME_RESULT, PyStr.of(System.getProperty("os.name", "Linux")), PyStr.of(node),
                PyStr.of(release), PyStr.of(version), PyStr.of(machine));
    }

    private static String firstLine(String file, String dflt) {
        try {
            return Files.readAllLines(Path.of(file)).get(0).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    @PyMethod(optional = 1, doc = "Return the size of the terminal window as (columns, lines).")
    public static PyObject get_terminal_size(PyObject fd) {
        int f = fd == null ? 1 : fdArg(fd);
        if (!Descriptors.isatty(f)) throw PathArg.error(25, null, null);
        String size = Blocking.call(() -> {
            try {
                Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).trim();
                return p.waitFor() == 0 ? out : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
        String[] rc = size == null ? new String[0] : size.split("\\s+");
        if (rc.length != 2) throw PathArg.error(25, null, null);
        return PyStructSeq.create(TERMINAL_SIZE, PyInt.of(Integer.parseInt(rc[1])), PyInt.of(Integer.parseInt(rc[0])));
    }

    /** os.fspath(path): str and bytes as they are, else the result of {@code __fspath__}. */
    @PyMethod(doc = "Return the file system path representation of the object.")
    public static PyObject fspath(PyObject path) { return PathArg.fspath(path); }

    // ---- the environment ------------------------------------------------------------------------

    @PyMethod(doc = "Change or add an environment variable.")
    public static void putenv(PyObject name, PyObject value) {
        String k = envText("putenv", name), v = envText("putenv", value);
        if (k.isEmpty() || k.indexOf('=') >= 0) throw PyErr.valueError("illegal environment variable name");
        synchronized (CHILD_ENV) {
            CHILD_ENV.put(k, v);
        }
    }

    @PyMethod(doc = "Delete an environment variable.")
    public static void unsetenv(PyObject name) {
        String k = envText("unsetenv", name);
        if (k.isEmpty() || k.indexOf('=') >= 0) throw PyErr.valueError("illegal environment variable name");
        synchronized (CHILD_ENV) {
            CHILD_ENV.remove(k);
        }
    }

    private static String envText(String fname, PyObject o) {
        String s;
        if (o instanceof PyStr str) s = str.value;
        else if (o instanceof PyBytes) s = StrCodecs.decode(BytesLike.exact(o), 0, BytesLike.length(o), "utf-8",
                "surrogateescape");
        else throw PyErr.typeError("%s: expected str or bytes, not %s", fname, o.type.tpName());
        if (s.indexOf('\0') >= 0) throw PyErr.valueError("embedded null byte");
        return s;
    }

    /** A copy of the environment a child process gets by default. */
    public static Map<String, String> childEnvironment() {
        environ();
        synchronized (CHILD_ENV) {
            return new LinkedHashMap<>(CHILD_ENV);
        }
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
                    String k = StrCodecs.decode(raw, start, eq - start, "utf-8", "surrogateescape");
                    String v = StrCodecs.decode(raw, eq + 1, i - eq - 1, "utf-8", "surrogateescape");
                    if (d.get(PyStr.of(k)) == null) {
                        d.put(PyStr.of(k), PyStr.of(v));
                        CHILD_ENV.put(k, v);
                    }
                }
                start = i + 1;
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            System.getenv().forEach((k, v) -> {
                d.put(PyStr.of(k), PyStr.of(v));
                CHILD_ENV.put(k, v);
            });
        }
        environ = d;
        return d;
    }
}
