# os.chdir changes gilpy's current directory: open(), io.FileIO, os functions and
# os.path.abspath resolve relative paths against it.
import io
import os

start = os.getcwd()
base = "tmp_chdir_%d" % os.getpid()
os.mkdir(base)
try:
    os.chdir(base)
    print(os.getcwd() == os.path.join(start, base), os.path.basename(os.getcwdb()) == os.fsencode(base))
    with open("here.txt", "w") as f:
        f.write("written after chdir\n")
    print(os.listdir(), os.listdir("."), os.path.exists("here.txt"))
    print(os.path.exists(os.path.join(start, base, "here.txt")))
    with io.FileIO("here.txt") as raw:
        print(raw.read())
    print(os.path.abspath("here.txt") == os.path.join(start, base, "here.txt"))
    os.mkdir("sub")
    os.chdir("sub")
    print(os.path.basename(os.getcwd()), os.listdir(".."))
    os.chdir(os.pardir)
    os.chdir(os.fsencode("sub"))
    os.chdir("..")
    os.rmdir("sub")
    fd = os.open("low.txt", os.O_CREAT | os.O_WRONLY)
    os.write(fd, b"via os.open")
    os.close(fd)
    print(open(os.path.join(start, base, "low.txt")).read())
    for bad in ("nope", "here.txt", ""):
        try:
            os.chdir(bad)
        except OSError as e:
            print(type(e).__name__, e)
    os.remove("here.txt")
    os.remove("low.txt")
finally:
    os.chdir(start)
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
print(os.getcwd() == start, os.path.exists(base))
