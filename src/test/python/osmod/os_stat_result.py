# os.stat_result: a struct sequence of ten items with named and nanosecond fields.
import os
import stat

r = os.stat_result((33188, 2, 3, 1, 0, 0, 100, 10, 20, 30))
print(r)
print(len(r), r[0], r[-1], r[7:], r.st_mode, r.st_size, r.st_ino)
print(os.stat_result.n_fields >= 16, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(type(r).__module__, type(r).__name__, isinstance(r, tuple))
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), st[stat.ST_MODE] == st.st_mode, type(st.st_atime).__name__, type(st[7]).__name__)
print(st.st_atime_ns // 10**9 == st[stat.ST_ATIME], st.st_ctime_ns // 10**9 == st[stat.ST_CTIME])
print(os.lstat(".") == st, os.stat(".", follow_symlinks=False) == st)
fd = os.open(".", os.O_RDONLY)
print(stat.S_ISDIR(os.fstat(fd).st_mode), os.stat(fd).st_ino == st.st_ino)
os.close(fd)
r, w = os.pipe()
print(stat.S_ISFIFO(os.fstat(r).st_mode))
os.close(r)
os.close(w)
for bad in (lambda: os.stat("no_such_file"), lambda: os.lstat(b"no_such_file"), lambda: os.fstat(9999),
            lambda: os.stat(1.5), lambda: os.stat("a\0b"), lambda: os.lstat(3), lambda: os.stat(""),
            lambda: os.stat_result((1, 2))):
    try:
        bad()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
