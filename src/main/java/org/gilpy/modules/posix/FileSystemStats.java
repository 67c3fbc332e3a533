package org.gilpy.modules.posix;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * File system facts: {@code os.statvfs} and {@code os.fstatvfs}, the device-number
 * arithmetic ({@code major}, {@code minor}, {@code makedev}, glibc's encoding) and
 * {@code mkfifo}. statvfs(3) is reported as CPython reports it. The JDK's
 * FileStore lacks the inode counts and the file system id, so the numbers come from
 * coreutils' {@code stat -f} (the statfs(2) fields) and the flags from the mount's
 * options in {@code /proc/self/mountinfo}, as glibc derives them.
 */
final class FileSystemStats {
    private FileSystemStats() {}

    static final PyType TYPE = PyStructSeq.newType("os", "statvfs_result", new String[] {
        "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag",
        "f_namemax", "f_fsid"}, 10);

    @PyMethod(doc = "Perform a statvfs system call on the given path.")
    public static PyObject statvfs(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("statvfs", args, kwnames, new String[] {"path"}, 1);
        PathArg p = PathArg.convert("statvfs", "path", a[0], true, false);
        if (p.fd >= 0) return ofFd(p.fd);
        return PosixFiles.io(p, () -> of(p.file()));
    }

    @PyMethod(doc = "Perform an fstatvfs system call on the given fd.")
    public static PyObject fstatvfs(PyObject fd) { return ofFd(PosixModule.fdArg(fd)); }

    /** A file opened by path is asked about by its path; a standard stream through /proc. */
    private static PyObject ofFd(int fd) {
        String path;
        try {
            path = Descriptors.path(fd);
        } catch (org.gilpy.objects.PyException e) {
            throw PathArg.error(9, null, null);
        }
        // stat(1) runs in a child process: it must name the JVM's descriptor, not its own
        if (path == null && Descriptors.isProcessStd(fd)) path = "/proc/" + ProcessHandle.current().pid() + "/fd/" + fd;
        if (path == null) throw PathArg.error(22, null, null);   // gilpy's pipes live in no file system
        String at = path;
        try {
            return Blocking.call(() -> of(Path.of(at)));
        } catch (IOException e) {
            throw PathArg.error(PathArg.errnoOf(e), null, null);
        }
    }

    private static PyObject of(Path p) throws IOException {
        if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
        Process proc = new ProcessBuilder("stat", "-f", "-c", "%s %S %b %f %a %c %d %l %i", "--", p.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (proc.waitFor() != 0) throw new java.nio.file.AccessDeniedException(p.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
        String[] f = out.split("\\s+");
        if (f.length != 9) throw new IOException("statvfs: unexpected output of stat -f: " + out);
        String id = f[8];   // "%x%08x" of the two halves of f_fsid
        int split = Math.max(0, id.length() - 8);
        BigInteger low = split == 0 ? BigInteger.ZERO : new BigInteger(id.substring(0, split), 16);
        BigInteger high = new BigInteger(id.substring(split), 16);
        BigInteger fsid = low.or(high.shiftLeft(32));
        return PyStructSeq.create(TYPE, num(f[0]), num(f[1]), num(f[2]), num(f[3]), num(f[4]), num(f[5]), num(f[6]),
                num(f[6]), PyInt.of(flags(p)), num(f[7]), PyInt.of(fsid));
    }

    private static PyInt num(String s) { return PyInt.of(new BigInteger(s)); }

    /** The ST_* flags of the mount p is on: its per-mount options (ro, nosuid, nodev, noexec, ...). */
    private static long flags(Path p) throws IOException {
        String real;
        try {
            real = p.toRealPath().toString();
        } catch (IOException e) {
            return 0;   // a terminal's or pipe's descriptor: no mount of its own
        }
        String best = null, bestOpts = "";
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String[] f = line.split(" ");
            if (f.length < 6) continue;
            String mount = unescape(f[4]);
            boolean under = real.equals(mount) || mount.equals("/") || real.startsWith(mount + "/");
            if (under && (best == null || mount.length() >= best.length())) {
                best = mount;
                bestOpts = f[5];
            }
        }
        long flag = 0;
        for (String o : bestOpts.split(",")) {
            flag |= switch (o) {
                case "ro" -> 1;
                case "nosuid" -> 2;
                case "nodev" -> 4;
                case "noexec" -> 8;
                case "sync" -> 16;
                case "mand" -> 64;
                case "noatime" -> 1024;
                case "nodiratime" -> 2048;
                case "relatime" -> 4096;
                default -> 0;
            };
        }
        return flag;
    }

    /** mountinfo writes space, tab, newline and backslash as octal escapes. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()) {
                try {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    // ---- device numbers ------------------------------------------------------------------------

    /** A dev_t argument: an int in [0, 2**64). */
    private static long devArg(PyObject o) {
        if (!(o instanceof PyInt) && o.type.lookup("__index__") == null) {
            throw org.gilpy.objects.PyErr.typeError("an integer is required");
        }
        PyInt i = org.gilpy.objects.Abstract.index(o);
        BigInteger v = i.big != null ? i.big : BigInteger.valueOf(i.value);
        if (v.signum() < 0) throw org.gilpy.objects.PyErr.overflowError("can't convert negative int to unsigned");
        if (v.bitLength() > 64) throw org.gilpy.objects.PyErr.overflowError("int too big to convert");
        return v.longValue();
    }

    @PyMethod(doc = "Extracts a device major number from a raw device number.")
    public static long major(PyObject device) {
        long d = devArg(device);
        return (((d >>> 8) & 0xfff) | ((d >>> 32) & ~0xfffL)) & 0xffffffffL;
    }

    @PyMethod(doc = "Extracts a device minor number from a raw device number.")
    public static long minor(PyObject device) {
        long d = devArg(device);
        return ((d & 0xff) | ((d >>> 12) & ~0xffL)) & 0xffffffffL;
    }

    /** makedev(major, minor): both C ints taken as unsigned; the dev_t comes back as a signed 64-bit number. */
    @PyMethod(doc = "Composes a raw device number from the major and minor device numbers.")
    public static long makedev(PyObject major, PyObject minor) {
        long ma = PosixModule.intArg(major) & 0xffffffffL, mi = PosixModule.intArg(minor) & 0xffffffffL;
        return (mi & 0xff) | ((ma & 0xfff) << 8) | ((mi & ~0xffL) << 12) | ((ma & ~0xfffL) << 32);
    }

    // ---- FIFOs ---------------------------------------------------------------------------------

    /** mkfifo(path, mode=0o666): made by coreutils' mkfifo with the mode less the umask. */
    @PyMethod(doc = "Create a \"fifo\" (a POSIX named pipe).")
    public static void mkfifo(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("mkfifo", args, kwnames, new String[] {"path", "mode", "dir_fd"}, 1, 2);
        if (a[2] != null && a[2] != org.gilpy.objects.PyNone.NONE) {
            throw org.gilpy.objects.PyErr.format(org.gilpy.objects.PyExc.NotImplementedError,
                    "mkfifo: dir_fd unavailable on this platform");
        }
        PathArg p = PathArg.of("mkfifo", a[0]);
        int mode = (a[1] == null ? 0666 : PosixModule.intArg(a[1])) & ~PosixModule.umaskValue() & 07777;
        int errno = Blocking.call(() -> {
            Path f;
            try {
                f = p.file();
            } catch (NoSuchFileException e) {
                return 2;
            }
            if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return 17;
            Path parent = f.toAbsolutePath().getParent();
            if (parent != null && !Files.exists(parent)) return 2;
            if (parent != null && !Files.isDirectory(parent)) return 20;
            try {
                Process proc = new ProcessBuilder("mkfifo", "-m", Integer.toOctalString(mode), "--", f.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return proc.waitFor() == 0 ? 0 : 13;
            } catch (IOException e) {
                return 13;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 4;
            }
        });
        if (errno != 0) throw PathArg.error(errno, null, null);
    }
}
