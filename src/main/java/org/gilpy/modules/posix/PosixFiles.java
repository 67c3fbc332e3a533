package org.gilpy.modules.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gilpy.modules.io.CurrentDir;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.StrCodecs;
import org.gilpy.vm.Blocking;

/**
 * The file-system functions of {@code posix}: stat, directories, links, permissions,
 * times, renames, {@code open} with {@code O_*} flags, and the current directory. Paths
 * are resolved against gilpy's own current directory ({@link CurrentDir}, tag
 * {@code CWD}); every system call runs in {@link Blocking#call}, without the GIL, and
 * every failure is the OSError subclass CPython raises, naming the path.
 *
 * <p>Not available: {@code dir_fd} (NotImplementedError, as on platforms without it),
 * descriptors in place of paths except in {@code stat}, {@code chmod}, {@code utime} and
 * {@code truncate}. The JVM cannot read or set the
 * process's umask after start, so {@code umask} keeps gilpy's own value (read from
 * /proc at start) and applies it to the directories and files this module creates.
 */
public final class PosixFiles {
    private PosixFiles() {}

    /** A file-system action that may fail. */
    @FunctionalInterface
    interface FsCall<T> {
        T run() throws IOException;
    }

    /** Runs action without the GIL; a failure becomes p's OSError. */
    static <T> T io(PathArg p, FsCall<T> action) {
        try {
            return Blocking.call(action::run);
        } catch (IOException e) {
            throw p.error(e);
        }
    }

    private static void noDirFd(String fname, PyObject dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) {
            throw PyErr.format(PyExc.NotImplementedError, "%s: dir_fd unavailable on this platform", fname);
        }
    }

    private static LinkOption[] follow(PyObject f) {
        return f == null || Abstract.isTrue(f) ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    // ---- stat -----------------------------------------------------------------------------------

    @PyMethod(doc = "Perform a stat system call on the given path.")
    public static PyObject stat(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("stat", args, kwnames, new String[] {"path", "dir_fd", "follow_symlinks"}, 1, 1);
        noDirFd("stat", a[1]);
        PathArg p = PathArg.convert("stat", "path", a[0], true, false);
        if (p.fd >= 0) return fstatFd(p.fd, p.object);
        return StatResult.of(io(p, () -> Files.readAttributes(p.file(), "unix:*", follow(a[2]))));
    }

    @PyMethod(doc = "Perform a stat system call on the given path, without following symbolic links.")
    public static PyObject lstat(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("lstat", args, kwnames, new String[] {"path", "dir_fd"}, 1, 1);
        noDirFd("lstat", a[1]);
        PathArg p = PathArg.of("lstat", a[0]);
        return StatResult.of(io(p, () -> Files.readAttributes(p.file(), "unix:*", LinkOption.NOFOLLOW_LINKS)));
    }

    @PyMethod(doc = "Perform a stat system call on the given file descriptor.")
    public static PyObject fstat(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("fstat", args, kwnames, new String[] {"fd"}, 1);
        return fstatFd(PosixModule.fdArg(a[0]), null);
    }

    /**
     * stat of a descriptor: a file opened by path is stat'ed by its path; the standard
     * streams through /proc (gilpy's 0, 1 and 2 are the process's); a pipe is a FIFO.
     */
    private static PyObject fstatFd(int fd, PyObject name) {
        String path;
        try {
            path = Descriptors.path(fd);
        } catch (org.gilpy.objects.PyException e) {
            throw PathArg.error(9, name, null);
        }
        if (path == null && fd <= 2) path = "/proc/self/fd/" + fd;
        if (path == null) return StatResult.fifo();
        String p = path;
        try {
            return StatResult.of(Blocking.call(() -> Files.readAttributes(Path.of(p), "unix:*")));
        } catch (IOException e) {
            throw PathArg.error(PathArg.errnoOf(e), name, null);
        }
    }

    /** _disk_usage(path or fd): (total, used, free) bytes of the file system holding path, for
     * shutil.disk_usage; as statvfs gives them: free is what an unprivileged user may use,
     * used is total minus all unallocated space. */
    @PyMethod(doc = "Total, used and free bytes of the file system holding path, for shutil.disk_usage.")
    public static PyObject _disk_usage(PyObject path) {
        PathArg p = PathArg.convert("statvfs", "path", path, true, false);
        long[] u = io(p, () -> {
            var store = Files.getFileStore(p.fd >= 0 ? Path.of(fdPath(p.fd)) : p.file());
            long total = store.getTotalSpace();
            return new long[] {total, total - store.getUnallocatedSpace(), store.getUsableSpace()};
        });
        return PyTuple.of(PyInt.of(u[0]), PyInt.of(u[1]), PyInt.of(u[2]));
    }

    // ---- directories ----------------------------------------------------------------------------

    @PyMethod(doc = "Return a list containing the names of the files in the directory.")
    public static PyObject listdir(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("listdir", args, kwnames, new String[] {"path"}, 0);
        PathArg p = PathArg.convert("listdir", "path", a[0], false, true);
        List<String> names = io(p, () -> {
            List<String> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.file())) {
                for (Path e : ds) out.add(e.getFileName().toString());
            }
            return out;
        });
        PyList l = new PyList();
        for (String n : names) l.append(p.name(n));
        return l;
    }

    /** _scandir(path): (name, d_type) pairs for os.scandir, d_type 4 dir, 8 file, 10 link, 0 other. */
    @PyMethod(doc = "Names and kinds of a directory's entries, for os.scandir.")
    public static PyObject _scandir(PyObject path) {
        PathArg p = PathArg.convert("scandir", "path", path, false, true);
        List<Object[]> rows = io(p, () -> {
            List<Object[]> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p.file())) {
                for (Path e : ds) {
                    int kind = 0;
                    long ino = 0;
                    try {
                        var attrs = Files.readAttributes(e, "unix:mode,ino", LinkOption.NOFOLLOW_LINKS);
                        int mode = (Integer) attrs.get("mode");
                        kind = (mode >> 12) & 0xf;
                        ino = (Long) attrs.get("ino");
                    } catch (IOException gone) {
                        // removed meanwhile: an entry of unknown kind, as DT_UNKNOWN
                    }
                    out.add(new Object[] {e.getFileName().toString(), kind, ino});
                }
            }
            return out;
        });
        PyList l = new PyList();
        for (Object[] r : rows) {
            l.append(PyTuple.of(p.name((String) r[0]), PyInt.of((Integer) r[1]), PyInt.of((Long) r[2])));
        }
        return l;
    }

    @PyMethod(doc = "Create a directory.")
    public static void mkdir(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("mkdir", args, kwnames, new String[] {"path", "mode", "dir_fd"}, 1, 2);
        noDirFd("mkdir", a[2]);
        PathArg p = PathArg.of("mkdir", a[0]);
        int mode = a[1] == null ? 0777 : PosixModule.intArg(a[1]);
        io(p, () -> {
            Path d = Files.createDirectory(p.file());
            applyMode(d, mode & ~PosixModule.umaskValue());
            return null;
        });
    }

    @PyMethod(doc = "Remove a directory.")
    public static void rmdir(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("rmdir", args, kwnames, new String[] {"path", "dir_fd"}, 1, 1);
        noDirFd("rmdir", a[1]);
        PathArg p = PathArg.of("rmdir", a[0]);
        io(p, () -> {
            Path d = p.file();
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NotDirectoryException(d.toString());
            }
            Files.delete(d);
            return null;
        });
    }

    @PyMethod(doc = "Change the current working directory to the specified path.")
    public static void chdir(PyObject path) {
        PathArg p = PathArg.convert("chdir", "path", path, false, false);
        Path d = io(p, () -> {
            Path t = p.file().toRealPath();
            if (!Files.isDirectory(t)) throw new java.nio.file.NotDirectoryException(t.toString());
            if (!Files.isExecutable(t)) throw new java.nio.file.AccessDeniedException(t.toString());
            return t;
        });
        CurrentDir.set(d);
    }

    @PyMethod(doc = "Return a unicode string representing the current working directory.")
    public static String getcwd() { return CurrentDir.get().toString(); }

    @PyMethod(doc = "Return a bytes string representing the current working directory.")
    public static PyObject getcwdb() {
        return PyBytes.wrap(StrCodecs.encode(CurrentDir.get().toString(), "utf-8", "surrogateescape"));
    }

    // ---- renaming, links, removal ---------------------------------------------------------------

    @PyMethod(doc = "Rename a file or directory.")
    public static void rename(PyObject[] args, String[] kwnames) { move("rename", args, kwnames); }

    @PyMethod(doc = "Rename a file or directory, overwriting the destination.")
    public static void replace(PyObject[] args, String[] kwnames) { move("replace", args, kwnames); }

    private static void move(String fname, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse(fname, args, kwnames, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"},
                2, 2);
        noDirFd(fname, a[2]);
        noDirFd(fname, a[3]);
        PathArg src = PathArg.convert(fname, "src", a[0], false, false);
        PathArg dst = PathArg.convert(fname, "dst", a[1], false, false);
        two(src, dst, () -> {
            Path s = src.file();
            Path d = dst.file();
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)
                    && Files.exists(s, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileSystemException(s.toString(), d.toString(), "Is a directory");
            }
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE);
            return null;
        });
    }

    /** Runs a two-path action; an error names both ("'a' -> 'b'"). */
    private static <T> T two(PathArg src, PathArg dst, FsCall<T> action) {
        try {
            return Blocking.call(action::run);
        } catch (IOException e) {
            throw PathArg.error(PathArg.errnoOf(e), src.object, dst.object);
        }
    }

    @PyMethod(doc = "Create a symbolic link pointing to src named dst.")
    public static void symlink(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("symlink", args, kwnames,
                new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2, 3);
        noDirFd("symlink", a[3]);
        PathArg src = PathArg.convert("symlink", "src", a[0], false, false);
        PathArg dst = PathArg.convert("symlink", "dst", a[1], false, false);
        two(src, dst, () -> Files.createSymbolicLink(dst.file(), Path.of(src.text)));
    }

    @PyMethod(doc = "Create a hard link to a file.")
    public static void link(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("link", args, kwnames,
                new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2);
        noDirFd("link", a[2]);
        noDirFd("link", a[3]);
        PathArg src = PathArg.convert("link", "src", a[0], false, false);
        PathArg dst = PathArg.convert("link", "dst", a[1], false, false);
        two(src, dst, () -> Files.createLink(dst.file(), src.file()));
    }

    @PyMethod(doc = "Return a string representing the path to which the symbolic link points.")
    public static PyObject readlink(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("readlink", args, kwnames, new String[] {"path", "dir_fd"}, 1, 1);
        noDirFd("readlink", a[1]);
        PathArg p = PathArg.of("readlink", a[0]);
        String target = io(p, () -> {
            Path f = p.file();
            if (!Files.isSymbolicLink(f)) {
                if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(f.toString());
                throw new java.nio.file.NotLinkException(f.toString());
            }
            return Files.readSymbolicLink(f).toString();
        });
        return p.name(target);
    }

    @PyMethod(doc = "Remove a file (same as unlink()).")
    public static void remove(PyObject[] args, String[] kwnames) { unlinkPath("remove", args, kwnames); }

    @PyMethod(doc = "Remove a file (same as remove()).")
    public static void unlink(PyObject[] args, String[] kwnames) { unlinkPath("unlink", args, kwnames); }

    /** remove/unlink(path, *, dir_fd=None): a file or a symbolic link, never a directory (EISDIR). */
    private static void unlinkPath(String fname, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 1) throw PyErr.typeError("%s() takes exactly 1 positional argument (%d given)", fname, npos);
        PyObject[] a = ArgParser.parse(fname, args, kwnames, new String[] {"path", "dir_fd"}, 1);
        noDirFd(fname, a[1]);
        PathArg p = PathArg.of(fname, a[0]);
        io(p, () -> {
            Path f = p.file();
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.FileSystemException(f.toString(), null, "Is a directory");
            }
            Files.delete(f);
            return null;
        });
    }

    // ---- permissions, times, sizes --------------------------------------------------------------

    @PyMethod(doc = "Use the real uid/gid to test for access to a path.")
    public static boolean access(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("access", args, kwnames,
                new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2);
        noDirFd("access", a[2]);
        PathArg p = PathArg.of("access", a[0]);
        int mode = PosixModule.intArg(a[1]);
        LinkOption[] how = follow(a[4]);
        if (p.text.isEmpty()) return false;
        return Blocking.call(() -> {
            Path f = CurrentDir.resolve(p.text);
            if (!Files.exists(f, how)) return false;
            return ((mode & 4) == 0 || Files.isReadable(f)) && ((mode & 2) == 0 || Files.isWritable(f))
                    && ((mode & 1) == 0 || Files.isExecutable(f));
        });
    }

    @PyMethod(doc = "Change the access permissions of a file.")
    public static void chmod(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("chmod", args, kwnames,
                new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2);
        noDirFd("chmod", a[2]);
        PathArg p = PathArg.convert("chmod", "path", a[0], true, false);
        int mode = PosixModule.intArg(a[1]);
        if (p.fd >= 0) {
            String path = Descriptors.path(p.fd);
            if (path == null) throw PathArg.error(22, null, null);
            io(p, () -> applyMode(Path.of(path), mode));
            return;
        }
        if (a[3] != null && !Abstract.isTrue(a[3])) {
            // Linux cannot change a symbolic link's own mode
            throw PyErr.format(PyExc.NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
        }
        io(p, () -> {
            Path f = p.file();
            if (!Files.exists(f)) throw new NoSuchFileException(f.toString());
            return applyMode(f, mode);
        });
    }

    /** Sets a file's permission bits (with setuid, setgid and sticky) through the JDK's unix view. */
    private static Path applyMode(Path f, int mode) throws IOException {
        Files.setAttribute(f, "unix:mode", mode & 07777);
        return f;
    }

    @PyMethod(doc = "Change the owner and group id of path to the numeric uid and gid.")
    public static void chown(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("chown", args, kwnames,
                new String[] {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3);
        noDirFd("chown", a[3]);
        changeOwner("chown", a[0], a[1], a[2], follow(a[4]));
    }

    @PyMethod(doc = "Change the owner and group id of path to the numeric uid and gid (not following symbolic links).")
    public static void lchown(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("lchown", args, kwnames, new String[] {"path", "uid", "gid"}, 3);
        changeOwner("lchown", a[0], a[1], a[2], new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
    }

    private static void changeOwner(String fname, PyObject path, PyObject uid, PyObject gid, LinkOption[] how) {
        PathArg p = PathArg.of(fname, path);
        long u = Abstract.index(uid).value, g = Abstract.index(gid).value;
        io(p, () -> {
            Path f = p.file();
            if (!Files.exists(f, how)) throw new NoSuchFileException(f.toString());
            if (u != -1) Files.setAttribute(f, "unix:uid", (int) u, how);
            if (g != -1) Files.setAttribute(f, "unix:gid", (int) g, how);
            return null;
        });
    }

    @PyMethod(doc = "Set the access and modified time of path.")
    public static void utime(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("utime", args, kwnames,
                new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2);
        noDirFd("utime", a[3]);
        PathArg p = PathArg.convert("utime", "path", a[0], true, false);
        PyObject times = a[1] == null ? PyNone.NONE : a[1];
        long atime, mtime;
        if (times != PyNone.NONE && a[2] != null) {
            throw PyErr.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = nanos(t.get(0));
            mtime = nanos(t.get(1));
        } else if (a[2] != null) {
            if (!(a[2] instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = Abstract.index(t.get(0)).value;
            mtime = Abstract.index(t.get(1)).value;
        } else {
            atime = mtime = System.currentTimeMillis() * 1_000_000L;
        }
        LinkOption[] how = follow(a[4]);
        try {
            Blocking.call(() -> {
                Path f = p.fd >= 0 ? Path.of(fdPath(p.fd)) : p.file();
                Files.getFileAttributeView(f, BasicFileAttributeView.class, how)
                        .setTimes(FileTime.from(mtime, TimeUnit.NANOSECONDS), FileTime.from(atime, TimeUnit.NANOSECONDS),
                                null);
                return null;
            });
        } catch (IOException e) {
            throw PathArg.error(PathArg.errnoOf(e), null, null);  // CPython 3.11 names no file here
        }
    }

    private static String fdPath(int fd) {
        String path = Descriptors.path(fd);
        return path != null ? path : "/proc/self/fd/" + fd;
    }

    /** A time in seconds (int or float) as nanoseconds. */
    private static long nanos(PyObject o) {
        if (o instanceof PyFloat f) return (long) Math.floor(f.value * 1e9);
        if (o instanceof PyInt || o.type.lookup("__index__") != null) return Abstract.index(o).value * 1_000_000_000L;
        if (o.type.lookup("__float__") != null) return (long) Math.floor(((PyFloat) Abstract.callMethod(o, "__float__")).value * 1e9);
        throw PyErr.typeError("unsupported type for timestamp: '%s'", o.type.tpName());
    }

    @PyMethod(doc = "Truncate a file, specified by path, to a specific length.")
    public static void truncate(PyObject path, PyObject length) {
        PathArg p = PathArg.convert("truncate", "path", path, true, false);
        long n = Abstract.index(length).value;
        if (p.fd >= 0) {
            Descriptors.truncate(p.fd, n);
            return;
        }
        if (n < 0) throw p.error(22);
        io(p, () -> {
            try (FileChannel ch = FileChannel.open(p.file(), StandardOpenOption.WRITE)) {
                if (n < ch.size()) ch.truncate(n);
                else if (n > ch.size()) ch.write(ByteBuffer.wrap(new byte[1]), n - 1);
            }
            return null;
        });
    }

    // ---- os.open --------------------------------------------------------------------------------

    @PyMethod(doc = "Open a file for low level IO.  Returns a file descriptor (integer).")
    public static long open(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("open", args, kwnames, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 3);
        noDirFd("open", a[3]);
        PathArg p = PathArg.of("open", a[0]);
        int flags = PosixModule.intArg(a[1]);
        int mode = a[2] == null ? 0777 : PosixModule.intArg(a[2]);
        int acc = flags & 3;
        boolean create = (flags & 0100) != 0, excl = (flags & 0200) != 0, trunc = (flags & 01000) != 0;
        boolean append = (flags & 02000) != 0;
        return io(p, () -> {
            Path f = p.file();
            Descriptors.checkTrailingSlash(p.text, f, create);
            boolean existed = Files.exists(f, LinkOption.NOFOLLOW_LINKS);
            if ((flags & 0200000) != 0 && existed && !Files.isDirectory(f)) {   // O_DIRECTORY
                throw new java.nio.file.NotDirectoryException(f.toString());
            }
            int fd = Descriptors.open(f, acc != 1, acc != 0, create, excl, trunc, append);
            if (create && !existed) applyMode(f, mode & ~PosixModule.umaskValue());
            if ((flags & 04000) != 0) Descriptors.setBlocking(fd, false);   // O_NONBLOCK
            return (long) fd;
        });
    }
}
