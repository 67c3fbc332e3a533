package org.gilpy.modules.posix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gilpy.modules.io.CurrentDir;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StrCodecs;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Blocking;

/**
 * {@code _subprocess}: what lib/subprocess.py needs from the JVM. {@link #spawn} starts a
 * child through {@link ProcessBuilder} in gilpy's current directory (tag {@code CWD})
 * with the environment {@code os.environ} gives children; its pipes become gilpy file
 * descriptors, so {@code open(fd)}, {@code os.read} and {@code select} work on them.
 * A child's stdin/stdout/stderr may also be a gilpy descriptor: a file opened by path is
 * handed to the child by path (output appends), the process's own 0, 1 and 2 are
 * inherited, and any other descriptor (an {@code os.pipe()}) is fed by a Java thread.
 *
 * <p>A pump from an {@code os.pipe()} read end to a child's stdin keeps reading that pipe
 * until its write end is closed, even after the child has ended.
 *
 * <p>Exit statuses: the JDK reports a child killed by signal N as 128 + N. A child this
 * module signalled with N that ends with 128 + N gets returncode -N, as in CPython; a
 * child killed by someone else shows 128 + N.
 */
public final class SubprocessModule {
    private SubprocessModule() {}

    /** Stdio codes shared with subprocess.py: the constants PIPE, STDOUT, DEVNULL, and inherit. */
    private static final int INHERIT = -100, PIPE = -1, STDOUT = -2, DEVNULL = -3;

    public static PyModule create() {
        PyModule m = new PyModule("_subprocess");
        TypeBuilder.moduleFunctions(SubprocessModule.class, m).forEach(m::put);
        m.put("Child", Child.TYPE);
        return m;
    }

    /**
     * spawn(args, executable, cwd, env, stdin, stdout, stderr) -> (child, stdin_fd,
     * stdout_fd, stderr_fd): args a list of str/bytes, env a dict or None, each stdio
     * an int (PIPE, STDOUT, DEVNULL, a descriptor) or None to inherit; the descriptors are
     * -1 where no pipe was made.
     */
    @PyMethod(doc = "Start a child process (for subprocess.Popen).")
    public static PyObject spawn(PyObject[] a, String[] kwnames) {
        if (a.length != 7) throw PyErr.typeError("spawn() takes 7 arguments");
        List<String> cmd = new ArrayList<>();
        for (PyObject o : Abstract.toArray(a[0])) cmd.add(text(o));
        if (a[1] != PyNone.NONE) cmd.set(0, text(a[1]));
        Path cwd = a[2] == PyNone.NONE ? CurrentDir.get() : CurrentDir.resolve(text(a[2]));
        if (a[2] != PyNone.NONE && !Files.isDirectory(cwd)) {
            throw PathArg.error(Files.exists(cwd) ? 20 : 2, a[2], null);
        }
        Map<String, String> env;
        if (a[3] == PyNone.NONE) {
            env = PosixModule.childEnvironment();
        } else {
            env = new java.util.LinkedHashMap<>();
            PyObject items = Abstract.callMethod(a[3], "items");
            for (PyObject kv : Abstract.toArray(items)) {
                PyObject[] pair = Abstract.toArray(kv);
                String k = text(pair[0]);
                if (k.indexOf('=') >= 0) throw PyErr.valueError("illegal environment variable name");
                env.put(k, text(pair[1]));
            }
        }
        int in = code(a[4], 0), out = code(a[5], 1), err = code(a[6], 2);
        // cmd[0] relative with a slash: exec resolves it from the child's directory, as CPython's does
        if (cmd.get(0).contains("/") && !cmd.get(0).startsWith("/")) {
            cmd.set(0, cwd.resolve(cmd.get(0)).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(inputRedirect(in));
        pb.redirectOutput(out == 1 && processStd(1) ? Redirect.INHERIT : outputRedirect(out));
        if (err == STDOUT) pb.redirectErrorStream(true);
        else pb.redirectError(err == 2 && processStd(2) ? Redirect.INHERIT : outputRedirect(err));
        Process p;
        try {
            p = Blocking.call(pb::start);
        } catch (IOException e) {
            throw startError(e, a[1] != PyNone.NONE ? a[1] : Abstract.toArray(a[0])[0]);
        }
        int inFd = -1, outFd = -1, errFd = -1;
        if (in == PIPE) inFd = Descriptors.adopt(null, p.getOutputStream());
        else if (in >= 0 && needsPump(in)) pump(Descriptors.rawInput(in), p.getOutputStream(), true);
        if (out == PIPE) outFd = Descriptors.adopt(p.getInputStream(), null);
        else if (out >= 0 && needsPump(out)) pump(p.getInputStream(), Descriptors.rawOutput(out), false);
        if (err == PIPE) errFd = Descriptors.adopt(p.getErrorStream(), null);
        else if (err >= 0 && needsPump(err)) pump(p.getErrorStream(), Descriptors.rawOutput(err), false);
        Child child = new Child(p);
        PosixProcess.started(child);
        return PyTuple.of(child, PyInt.of(inFd), PyInt.of(outFd), PyInt.of(errFd));
    }

    /** The OSError CPython raises when exec fails ("error=2, No such file or directory"). */
    private static RuntimeException startError(IOException e, PyObject name) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("error=");
        int errno = 2;
        if (at >= 0) {
            int end = at + 6;
            while (end < m.length() && Character.isDigit(m.charAt(end))) end++;
            try {
                errno = Integer.parseInt(m.substring(at + 6, end));
            } catch (NumberFormatException bad) {
                errno = PathArg.errnoOf(e);
            }
        } else {
            errno = PathArg.errnoOf(e);
        }
        return PathArg.error(errno, name, null);
    }

    private static String text(PyObject o) {
        PyObject s = PathArg.fspath(o);
        if (s instanceof PyStr str) {
            if (str.value.indexOf('\0') >= 0) throw PyErr.valueError("embedded null byte");
            return str.value;
        }
        return StrCodecs.decode(BytesLike.exact(s), 0, BytesLike.length(s), "utf-8", "surrogateescape");
    }

    /** None inherits descriptor std: the process's own, unless os.dup2 redirected it. */
    private static int code(PyObject o, int std) {
        if (o == PyNone.NONE) return Descriptors.isProcessStd(std) || !open(std) ? INHERIT : std;
        return PosixModule.fdArg(o);
    }

    private static boolean open(int fd) {
        return Descriptors.readiness(fd) != null;
    }

    /** A descriptor the child cannot be given directly: not a file opened by path, not the process's 0, 1 or 2. */
    private static boolean needsPump(int fd) {
        return fd >= 0 && !Descriptors.isProcessStd(fd) && Descriptors.isStream(fd);
    }

    /** A redirect for descriptor c, one of 0, 1 and 2 as the process has them. */
    private static boolean processStd(int c) {
        return c >= 0 && c <= 2 && Descriptors.isProcessStd(c);
    }

    private static Redirect inputRedirect(int c) {
        if (c == INHERIT || c == 0 && processStd(0)) return Redirect.INHERIT;
        if (c == PIPE) return Redirect.PIPE;
        if (c == DEVNULL) return Redirect.from(new File("/dev/null"));
        if (processStd(c)) return Redirect.from(new File("/proc/self/fd/" + c));
        String path = Descriptors.path(c);
        return path != null ? Redirect.from(new File(path)) : Redirect.PIPE;
    }

    private static Redirect outputRedirect(int c) {
        if (c == INHERIT) return Redirect.INHERIT;
        if (c == PIPE) return Redirect.PIPE;
        if (c == DEVNULL) return Redirect.DISCARD;
        if (c == STDOUT) return Redirect.INHERIT;   // stdout=STDOUT makes no sense; CPython ignores it too
        if (c == 0 && processStd(0)) return Redirect.INHERIT;
        if (processStd(c)) return Redirect.appendTo(new File("/proc/self/fd/" + c));
        String path = Descriptors.path(c);
        return path != null ? Redirect.appendTo(new File(path)) : Redirect.PIPE;
    }

    /** Copies from a to b in a daemon thread until a ends; closes b only when it feeds the child. */
    private static void pump(InputStream a, OutputStream b, boolean closeAfter) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream src = a) {
                int n;
                while ((n = src.read(buf)) > 0) {
                    b.write(buf, 0, n);
                    b.flush();
                }
            } catch (IOException e) {
                // the child or the descriptor went away: nothing more to copy
            } finally {
                if (closeAfter) {
                    try {
                        b.close();
                    } catch (IOException e) {
                        // already closed
                    }
                }
            }
        }, "gilpy-subprocess-pump");
        t.setDaemon(true);
        t.start();
    }

    /** A started child: {@code pid}, {@code poll()}, {@code wait(timeout)}, {@code send_signal(sig)}. */
    public static final class Child extends PyObject {
        static final PyType TYPE = PyType.builtin("Child", Child.class, PyType.OBJECT, null);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_subprocess"));
            TYPE.baseType = false;
        }

        private final Process process;
        /** The last signal this module sent, or 0. */
        private volatile int signalled;

        Child(Process process) {
            super(TYPE);
            this.process = process;
        }

        @org.gilpy.objects.PyGetter("pid")
        public long pid() { return process.pid(); }

        // for os.wait and os.waitpid (PosixProcess)
        Process process() { return process; }

        boolean alive() { return process.isAlive(); }

        int exitValue() { return process.exitValue(); }

        int signalled() { return signalled; }

        java.util.concurrent.CompletableFuture<Process> onExit() { return process.onExit(); }

        /** The returncode of an ended child: -N for a signal N that we sent and that ended it. */
        private PyObject status() {
            int v = process.exitValue();
            int s = signalled;
            if (s > 0 && v == 128 + s) return PyInt.of(-s);
            return PyInt.of(v);
        }

        @PyMethod(doc = "The returncode, or None while the child runs.")
        public PyObject poll() {
            if (process.isAlive()) return PyNone.NONE;
            PosixProcess.reaped(process.pid());
            return status();
        }

        /** wait(timeout=None): the returncode, or None when the timeout passed first. */
        @PyMethod(optional = 1, doc = "Wait for the child to end.")
        public PyObject wait(PyObject timeout) {
            if (timeout == null || timeout == PyNone.NONE) {
                Blocking.restartably(() -> process.waitFor());   // waitpid: restarted under SA_RESTART
                PosixProcess.reaped(process.pid());
                return status();
            }
            double secs = PyFloat.asDouble(timeout);
            long deadline = System.nanoTime() + (long) (Math.max(secs, 0) * 1e9);
            boolean done = Blocking.interruptibly(
                    () -> process.waitFor(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS));
            if (!done) return PyNone.NONE;
            PosixProcess.reaped(process.pid());
            return status();
        }

        /** send_signal(sig): SIGTERM and SIGKILL through the JDK, others through kill(1). */
        @PyMethod(doc = "Send a signal to the child.")
        public void send_signal(PyObject sig) {
            int s = PosixModule.intArg(sig);
            if (!process.isAlive()) return;
            signalled = s;
            if (s == 9) process.destroyForcibly();
            else if (s == 15) process.destroy();
            else org.gilpy.modules.SignalModule.kill(process.pid(), s);
        }
    }
}
