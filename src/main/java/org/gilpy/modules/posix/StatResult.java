package org.gilpy.modules.posix;

import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyType;

/**
 * {@code os.stat_result}: CPython's struct sequence layout (ten items, the last three
 * the integer times without names; the float and nanosecond times and {@code st_rdev}
 * as attributes), filled from the JDK's {@code unix:*} attributes. The JDK does not
 * report {@code st_blksize} and {@code st_blocks}, so they are absent.
 */
final class StatResult {
    private StatResult() {}

    static final PyType TYPE = PyStructSeq.newType("os", "stat_result", new String[] {
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_rdev"}, 10);

    /** A stat_result from the map {@code Files.readAttributes(p, "unix:*")} returns. */
    static PyObject of(Map<String, Object> a) {
        long at = ns(a.get("lastAccessTime")), mt = ns(a.get("lastModifiedTime")), ct = ns(a.get("ctime"));
        return make((Integer) a.get("mode"), (Long) a.get("ino"), (Long) a.get("dev"), (Integer) a.get("nlink"),
                (Integer) a.get("uid"), (Integer) a.get("gid"), (Long) a.get("size"), at, mt, ct, (Long) a.get("rdev"));
    }

    /** What fstat reports for one end of a pipe inside gilpy: a FIFO of the process's owner. */
    static PyObject fifo() {
        long now = System.currentTimeMillis() * 1_000_000L;
        return make(0010600, 0, 0, 1, PosixModule.ids()[0], PosixModule.ids()[2], 0, now, now, now, 0);
    }

    private static PyObject make(int mode, long ino, long dev, int nlink, int uid, int gid, long size, long at,
                                 long mt, long ct, long rdev) {
        return PyStructSeq.create(TYPE, PyInt.of(mode), PyInt.of(ino), PyInt.of(dev), PyInt.of(nlink), PyInt.of(uid),
                PyInt.of(gid), PyInt.of(size), PyInt.of(Math.floorDiv(at, 1_000_000_000L)),
                PyInt.of(Math.floorDiv(mt, 1_000_000_000L)), PyInt.of(Math.floorDiv(ct, 1_000_000_000L)),
                seconds(at), seconds(mt), seconds(ct), PyInt.of(at), PyInt.of(mt), PyInt.of(ct), PyInt.of(rdev));
    }

    private static long ns(Object t) {
        return ((FileTime) t).to(TimeUnit.NANOSECONDS);
    }

    /** Nanoseconds as CPython's float seconds: whole seconds plus the fraction, each exact. */
    private static PyFloat seconds(long ns) {
        return PyFloat.of(Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9);
    }
}
