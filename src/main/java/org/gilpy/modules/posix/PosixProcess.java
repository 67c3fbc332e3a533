package org.gilpy.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * The {@code posix} functions about processes that a JVM can offer: process groups and
 * sessions (read from {@code /proc}), {@code killpg}, {@code times}, {@code sched_yield},
 * and {@code wait}/{@code waitpid} with the {@code W*} status macros for the children
 * this program started (through subprocess: {@link #CHILDREN}). A JVM cannot fork, exec
 * over itself or change its ids, so those functions are absent.
 *
 * <p>Wait statuses are Linux's encoding: {@code code << 8} for an exit, the signal
 * number for a death by signal. The JDK reports a death by signal N as exit value
 * 128 + N, so a status says "signal" only when this program sent N to the child.
 */
public final class PosixProcess {
    private PosixProcess() {}

    /** The children subprocess started and nobody has reaped through os.wait* yet, by pid. */
    private static final ConcurrentHashMap<Long, SubprocessModule.Child> CHILDREN = new ConcurrentHashMap<>();

    static final int WNOHANG = 1, WUNTRACED = 2, WCONTINUED = 8;
    private static final int CLK_TCK = 100;

    static final PyType TIMES_RESULT = PyStructSeq.newType("posix", "times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5);

    static void started(SubprocessModule.Child c) { CHILDREN.put(c.pid(), c); }

    /** A child was reaped by its Popen: os.waitpid no longer knows it. */
    static void reaped(long pid) { CHILDREN.remove(pid); }

    // ---- process groups and sessions --------------------------------------------------------------

    /** Field n (1-based, as proc(5) numbers them) of /proc/pid/stat; ESRCH when there is no such process. */
    private static long statField(long pid, int n) {
        String text;
        try {
            text = Files.readString(Path.of("/proc/" + (pid == 0 ? "self" : Long.toString(pid)) + "/stat"));
        } catch (IOException | RuntimeException e) {
            throw PathArg.error(3, null, null);
        }
        String[] f = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[n - 3]);
    }

    private static long pidArg(PyObject pid) {
        PyInt i = Abstract.index(pid);
        if (i.big != null || i.value != (int) i.value) throw PyErr.overflowError("Python int too large to convert to C int");
        return i.value;
    }

    @PyMethod(doc = "Return the current process group id.")
    public static long getpgrp() { return statField(0, 5); }

    @PyMethod(doc = "Call the system call getpgid(), and return the result.")
    public static long getpgid(PyObject pid) {
        long p = pidArg(pid);
        if (p < 0) throw PathArg.error(3, null, null);
        return statField(p, 5);
    }

    @PyMethod(doc = "Call the system call getsid(pid) and return the result.")
    public static long getsid(PyObject pid) {
        long p = pidArg(pid);
        if (p < 0) throw PathArg.error(3, null, null);
        return statField(p, 6);
    }

    /** killpg(pgid, sig): kill(1) with a negative pid sends to the group. */
    @PyMethod(doc = "Kill a process group with a signal.")
    public static void killpg(PyObject pgid, PyObject signal) {
        long g = pidArg(pgid);
        int s = PosixModule.intArg(signal);
        if (g < 0 || s < 0 || s > 64) throw PathArg.error(22, null, null);
        if (g == 0) g = getpgrp();   // as kill(0, sig): our own group
        String[] cmd = {"kill", "-" + s, "--", "-" + g};
        Integer errno = Blocking.call(() -> {
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String err = new String(p.getErrorStream().readAllBytes());
                if (p.waitFor() == 0) return 0;
                return err.contains("ermitted") ? 1 : 3;
            } catch (IOException e) {
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 4;
            }
        });
        if (errno != 0) throw PathArg.error(errno, null, null);
    }

    @PyMethod(doc = "Voluntarily relinquish the CPU.")
    public static void sched_yield() {
        Blocking.call(() -> {
            Thread.yield();
            return null;
        });
    }

    /** times(): the CPU times of the process and its reaped children (/proc/self/stat), and the uptime. */
    @PyMethod(doc = "Return a collection containing process timing information.")
    public static PyObject times() {
        double elapsed;
        try {
            elapsed = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            elapsed = System.nanoTime() / 1e9;
        }
        PyObject[] v = new PyObject[5];
        for (int i = 0; i < 4; i++) v[i] = PyFloat.of((double) statField(0, 14 + i) / CLK_TCK);
        v[4] = PyFloat.of(elapsed);
        return PyStructSeq.create(TIMES_RESULT, v);
    }

    // ---- wait ---------------------------------------------------------------------------------------

    /** The wait status of an ended child. */
    private static int status(SubprocessModule.Child c) {
        int v = c.exitValue();
        int s = c.signalled();
        if (s > 0 && v == 128 + s) return s;
        return (v & 0xff) << 8;
    }

    /** The children pid selects (pid > 0: that one; otherwise all of them, all being in our group). */
    private static List<SubprocessModule.Child> selected(long pid) {
        List<SubprocessModule.Child> out = new ArrayList<>();
        if (pid > 0) {
            SubprocessModule.Child c = CHILDREN.get(pid);
            if (c != null) out.add(c);
        } else {
            out.addAll(CHILDREN.values());
        }
        if (out.isEmpty()) throw PathArg.error(10, null, null);
        return out;
    }

    /** Waits (without the GIL, a signal may cut it short) for one of children to end; returns it, or null with WNOHANG. */
    private static SubprocessModule.Child reap(List<SubprocessModule.Child> children, int options) {
        for (SubprocessModule.Child c : children) {
            if (!c.alive()) return c;
        }
        if ((options & WNOHANG) != 0) return null;
        CompletableFuture<?>[] ends = new CompletableFuture<?>[children.size()];
        for (int i = 0; i < ends.length; i++) ends[i] = children.get(i).onExit();
        Object done = Blocking.interruptibly(() -> {
            try {
                return CompletableFuture.anyOf(ends).get();
            } catch (ExecutionException e) {
                return null;
            }
        });
        for (SubprocessModule.Child c : children) {
            if (!c.alive()) return c;
        }
        return (SubprocessModule.Child) children.stream().filter(c -> c.process() == done).findFirst().orElse(null);
    }

    private static PyObject waitOne(long pid, int options) {
        SubprocessModule.Child c = reap(selected(pid), options);
        if (c == null) return PyTuple.of(PyInt.of(0), PyInt.of(0));
        CHILDREN.remove(c.pid());
        return PyTuple.of(PyInt.of(c.pid()), PyInt.of(status(c)));
    }

    @PyMethod(doc = "Wait for completion of a given child process.")
    public static PyObject waitpid(PyObject pid, PyObject options) {
        return waitOne(pidArg(pid), PosixModule.intArg(options));
    }

    @PyMethod(value = "wait", doc = "Wait for completion of a child process.")
    public static PyObject waitAny() { return waitOne(-1, 0); }

    static final PyType WAITID_RESULT = PyStructSeq.newType("posix", "waitid_result",
            new String[] {"si_pid", "si_uid", "si_signo", "si_status", "si_code"}, 5);

    private static final int P_ALL = 0, P_PID = 1, P_PGID = 2, WEXITED = 4, WNOWAIT = 0x1000000;

    /**
     * waitid(idtype, id, options): a waitid_result for an ended child (CLD_EXITED with its
     * exit code, CLD_KILLED with the signal), None with WNOHANG while none has ended.
     * Children are only seen to end (WEXITED is required); WNOWAIT leaves it waitable.
     */
    @PyMethod(doc = "Returns the result of waiting for a process or processes.")
    public static PyObject waitid(PyObject idtype, PyObject id, PyObject options) {
        int type = PosixModule.intArg(idtype);
        long who = pidArg(id);
        int opts = PosixModule.intArg(options);
        if ((opts & WEXITED) == 0 || type < P_ALL || type > P_PGID) throw PathArg.error(22, null, null);
        long pid = type == P_PID ? who : -1;
        if (type == P_PID && who <= 0) throw PathArg.error(22, null, null);
        if (type == P_PGID && who != 0 && who != getpgrp()) throw PathArg.error(10, null, null);
        SubprocessModule.Child c = reap(selected(pid), opts);
        if (c == null) return org.gilpy.objects.PyNone.NONE;
        if ((opts & WNOWAIT) == 0) CHILDREN.remove(c.pid());
        int st = status(c);
        boolean killed = (st & 0x7f) != 0;
        return PyStructSeq.create(WAITID_RESULT, PyInt.of(c.pid()), PyInt.of(PosixModule.ids()[0]), PyInt.of(17),
                PyInt.of(killed ? st & 0x7f : (st >> 8) & 0xff), PyInt.of(killed ? 2 : 1));
    }

    /** Handlers for a fork, kept as CPython keeps them; a JVM never forks, so none ever runs. */
    private static final List<PyObject> AT_FORK = new ArrayList<>();

    @PyMethod(doc = "Register callables to be called when forking a new process.")
    public static void register_at_fork(PyObject[] args, String[] kwnames) {
        int npos = org.gilpy.objects.ArgParser.npos(args, kwnames);
        if (npos > 0) throw PyErr.typeError("register_at_fork() takes no positional arguments");
        PyObject[] a = org.gilpy.objects.ArgParser.parse("register_at_fork", args, kwnames,
                new String[] {"before", "after_in_child", "after_in_parent"}, 0, 0);
        String[] names = {"before", "after_in_child", "after_in_parent"};
        boolean any = false;
        for (int i = 0; i < 3; i++) {
            if (a[i] == null) continue;
            any = true;
            if (!org.gilpy.objects.Abstract.isCallable(a[i])) {
                throw PyErr.typeError("'%s' must be callable, not %s", names[i], a[i].type.tpName());
            }
        }
        if (!any) throw PyErr.typeError("At least one argument is required.");
        synchronized (AT_FORK) {
            for (PyObject f : a) if (f != null) AT_FORK.add(f);
        }
    }

    // ---- ids and the rest ---------------------------------------------------------------------------

    @PyMethod(doc = "Return a tuple of the current process's real, effective, and saved user ids.")
    public static PyObject getresuid() {
        int[] ids = PosixModule.ids();
        return PyTuple.of(PyInt.of(ids[0]), PyInt.of(ids[1]), PyInt.of(ids[2]));
    }

    @PyMethod(doc = "Return a tuple of the current process's real, effective, and saved group ids.")
    public static PyObject getresgid() {
        int[] ids = PosixModule.ids();
        return PyTuple.of(PyInt.of(ids[3]), PyInt.of(ids[4]), PyInt.of(ids[5]));
    }

    @PyMethod(doc = "Return list of supplemental group IDs for the process.")
    public static PyObject getgroups() {
        PyList out = new PyList();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (!line.startsWith("Groups:")) continue;
                for (String g : line.substring(7).trim().split("\\s+")) {
                    if (!g.isEmpty()) out.append(PyInt.of(Long.parseLong(g)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: no supplementary groups known
        }
        return out;
    }

    @PyMethod(doc = "Force write of everything to disk.")
    public static void sync() {
        Blocking.call(() -> {
            try {
                new ProcessBuilder("sync").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                // sync(2) cannot fail
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
    }

    @PyMethod(doc = "Return the name of the controlling terminal for this process.")
    public static String ctermid() { return "/dev/tty"; }

    @PyMethod(optional = 1, doc = "Obtain a series of random bytes.")
    public static PyObject getrandom(PyObject size, PyObject flags) {
        PyInt n = org.gilpy.objects.Abstract.index(size);
        int f = flags == null ? 0 : PosixModule.intArg(flags);
        if (n.big != null) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        if (n.value < 0 || (f & ~3) != 0) throw PathArg.error(22, null, null);
        byte[] b = new byte[(int) Math.min(n.value, Integer.MAX_VALUE - 8)];
        new java.security.SecureRandom().nextBytes(b);
        return org.gilpy.objects.PyBytes.wrap(b);
    }

    // ---- wait statuses ------------------------------------------------------------------------------

    private static int statusArg(PyObject o) { return PosixModule.intArg(o); }

    @PyMethod(doc = "Return True if the process returning status exited via the exit() system call.")
    public static boolean WIFEXITED(PyObject status) { return (statusArg(status) & 0x7f) == 0; }

    @PyMethod(doc = "Return the process return code from status.")
    public static long WEXITSTATUS(PyObject status) { return (statusArg(status) >> 8) & 0xff; }

    @PyMethod(doc = "Return True if the process returning status was terminated by a signal.")
    public static boolean WIFSIGNALED(PyObject status) {
        return signaled(statusArg(status));
    }

    /** glibc's WIFSIGNALED: the low seven bits are neither 0 (exited) nor 0x7f (stopped). */
    private static boolean signaled(int s) { return (byte) ((s & 0x7f) + 1) >> 1 > 0; }

    @PyMethod(doc = "Return the signal that terminated the process that provided the status value.")
    public static long WTERMSIG(PyObject status) { return statusArg(status) & 0x7f; }

    @PyMethod(doc = "Return True if the process returning status was stopped.")
    public static boolean WIFSTOPPED(PyObject status) { return (statusArg(status) & 0xff) == 0x7f; }

    @PyMethod(doc = "Return the signal that stopped the process that provided the status value.")
    public static long WSTOPSIG(PyObject status) { return (statusArg(status) >> 8) & 0xff; }

    @PyMethod(doc = "Return True if a particular process was continued from a job control stop.")
    public static boolean WIFCONTINUED(PyObject status) { return statusArg(status) == 0xffff; }

    @PyMethod(doc = "Return True if the process returning status was dumped to a core file.")
    public static boolean WCOREDUMP(PyObject status) { return (statusArg(status) & 0x80) != 0; }

    /** waitstatus_to_exitcode(status): the exit code, or -N for a death by signal N. */
    @PyMethod(doc = "Convert a wait status to an exit code.")
    public static long waitstatus_to_exitcode(PyObject[] args, String[] kwnames) {
        PyObject[] a = org.gilpy.objects.ArgParser.parse("waitstatus_to_exitcode", args, kwnames,
                new String[] {"status"}, 1);
        int s = statusArg(a[0]);
        if ((s & 0x7f) == 0) return (s >> 8) & 0xff;
        if (signaled(s)) return -(s & 0x7f);
        if ((s & 0xff) == 0x7f) throw PyErr.valueError("process stopped by delivery of signal %d", (s >> 8) & 0xff);
        throw PyErr.valueError("invalid wait status: %d", s);
    }
}
