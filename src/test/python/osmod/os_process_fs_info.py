# Process groups and sessions, times(), sched_yield, killpg's errors, statvfs/fstatvfs
# (the same file system answers the same, fields and flags consistent) and the ST_*
# constants.
import os
import sys

print(os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()), os.getsid(0) == os.getsid(os.getpid()))
print(type(os.getpgrp()).__name__, os.getpgid(os.getppid()) > 0)
for bad in [lambda: os.getpgid(99999999), lambda: os.getsid(99999999), lambda: os.killpg(99999999, 0),
            lambda: os.getpgid("x"), lambda: os.killpg(os.getpgrp(), -1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.killpg(os.getpgrp(), 0)          # signal 0: only a check
print(os.sched_yield())

t = os.times()
print(type(t).__name__, len(t), t.n_fields, t.n_sequence_fields)
print([type(x).__name__ for x in t], t.user >= 0, t.system >= 0, t.elapsed > 0, t[4] == t.elapsed)
print(repr(os.times_result((1.0, 2.0, 3.0, 4.0, 5.0))))

s = os.statvfs(".")
print(type(s).__name__, len(s), s.n_fields, s.n_sequence_fields)
print(s.f_bsize > 0, s.f_frsize > 0, s.f_blocks >= s.f_bfree >= 0, s.f_bfree >= s.f_bavail >= 0,
      s.f_files >= s.f_ffree, s.f_favail == s.f_ffree, s.f_namemax > 0, type(s.f_fsid).__name__)
s2 = os.statvfs(os.path.abspath("."))
print(s.f_fsid == s2.f_fsid, s.f_flag == s2.f_flag, s.f_bsize == s2.f_bsize, s.f_blocks == s2.f_blocks)
fd = os.open(".", os.O_RDONLY)
s3 = os.fstatvfs(fd)
s4 = os.statvfs(fd)
os.close(fd)
print(s3.f_fsid == s.f_fsid == s4.f_fsid, s3.f_namemax == s.f_namemax)
with open(__file__) as f:
    print(os.fstatvfs(f.fileno()).f_fsid == s.f_fsid)
print(bool(s.f_flag & os.ST_RDONLY), os.statvfs in os.supports_fd)
for bad in [lambda: os.statvfs("no_such_dir_here"), lambda: os.fstatvfs(999), lambda: os.statvfs(3.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(os.ST_RDONLY, os.ST_NOSUID, os.ST_NODEV, os.ST_NOEXEC, os.ST_SYNCHRONOUS, os.ST_MANDLOCK, os.ST_WRITE,
      os.ST_APPEND, os.ST_NOATIME, os.ST_NODIRATIME, os.ST_RELATIME)
print(os.O_FSYNC == os.O_SYNC, os.O_PATH, os.O_TMPFILE, os.NGROUPS_MAX, os.TMP_MAX)
