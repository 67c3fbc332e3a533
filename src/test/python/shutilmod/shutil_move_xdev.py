# shutil.move across file systems (the working directory and /dev/shm, a tmpfs): the
# rename fails with EXDEV, so files are copied and removed, trees copied with their
# links kept and removed.
import os
import shutil

here = "tmp_shutil_xdev_%d" % os.getpid()
there = "/dev/shm/tmp_shutil_xdev_%d" % os.getpid()
os.makedirs(os.path.join(here, "tree", "sub"))
os.mkdir(there)
try:
    print(os.stat(here).st_dev != os.stat(there).st_dev)
    with open(os.path.join(here, "tree", "sub", "f"), "w") as f:
        f.write("data")
    os.symlink("sub", os.path.join(here, "tree", "ln"))
    with open(os.path.join(here, "file"), "w") as f:
        f.write("file")
    os.chmod(os.path.join(here, "file"), 0o604)
    os.utime(os.path.join(here, "file"), (1000000000, 1200000000))
    try:
        os.rename(os.path.join(here, "file"), os.path.join(there, "file"))
    except OSError as e:
        print(type(e).__name__, e.errno)
    r = shutil.move(os.path.join(here, "file"), there)
    st = os.stat(r)
    print(r.replace(there, "THERE"), oct(st.st_mode & 0o777), st.st_mtime, os.path.exists(os.path.join(here, "file")))
    r = shutil.move(os.path.join(here, "tree"), os.path.join(there, "moved"))
    print(r.replace(there, "THERE"), sorted(os.listdir(r)), os.path.islink(os.path.join(r, "ln")),
          open(os.path.join(r, "ln", "f")).read(), os.listdir(here))
    copied = []
    os.mkdir(os.path.join(here, "t2"))
    open(os.path.join(here, "t2", "a"), "w").close()
    shutil.move(os.path.join(here, "t2"), there, copy_function=lambda s, d: copied.append(os.path.basename(d)) or shutil.copy(s, d))
    print(copied, sorted(os.listdir(there)))
finally:
    shutil.rmtree(here)
    shutil.rmtree(there)
