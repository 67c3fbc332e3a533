# Popen: pipes read and written step by step, communicate, poll/wait, pid, repr, the
# context manager, stdio from files, os.pipe() descriptors and gilpy's fd numbers.
import io
import os
import subprocess
import sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.pid).__name__, p.pid > 0, p.returncode, p.poll(), repr(p))
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr, p.stdin.fileno() > 2, p.stdout.fileno() > 2)
p.stdin.write(b"line one\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b"line two\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait(), p.returncode, p.poll(), repr(p))
p.stdout.close()

with subprocess.Popen(["sh", "-c", "echo to-out; echo to-err >&2; exit 3"], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) as p:
    out, err = p.communicate()
    print(repr(out), repr(err), p.returncode)
print(p.stdout.closed, p.stderr.closed)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b"x" * 200000)[0][-3:], p.returncode)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, universal_newlines=True)
print(p.communicate("text\n"), p.universal_newlines)
sys.stdout.flush()  # the child writes to the same file, unbuffered
p = subprocess.Popen(["/bin/echo", "no pipes"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                     bufsize=1)
p.stdin.write("line\n")
print(p.stdout.readline().strip())
p.stdin.close()
p.stdout.close()
p.wait()

name = "tmp_popen_%d.txt" % os.getpid()
try:
    with open(name, "w") as f:
        subprocess.run(["/bin/echo", "into a file"], stdout=f)
        subprocess.run("echo and stderr >&2", shell=True, stderr=f.fileno())
    print(repr(open(name).read()))
    with open(name) as f:
        print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True).stdout)
    with open(name, "a") as f:
        f.write("parent wrote\n")
        f.flush()
        subprocess.run(["/bin/echo", "child appended"], stdout=f)
    print(open(name).read().splitlines())
finally:
    os.remove(name)

r, w = os.pipe()
subprocess.run(["/bin/echo", "through os.pipe"], stdout=w)
print(os.read(r, 100))
os.write(w, b"feed the child\n")
os.close(w)
print(subprocess.run(["cat"], stdin=r, capture_output=True).stdout)
os.close(r)
with subprocess.Popen(["/bin/echo", "via fileno"], stdout=subprocess.PIPE) as p:
    with open(p.stdout.fileno(), "rb", closefd=False) as again:
        print(again.read())
