# O_NONBLOCK on pipes: get_blocking/set_blocking, pipe2(O_NONBLOCK | O_CLOEXEC), os.read
# and os.write failing with BlockingIOError instead of waiting, a partial write into a
# full pipe, and FileIO returning None where it would block.
import os

r, w = os.pipe()
print(os.get_blocking(r), os.get_blocking(w))
os.set_blocking(r, False)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
os.write(w, b"data")
print(os.read(r, 10))
f = open(r, "rb", buffering=0, closefd=False)
print(f.read(10), f.readall(), f.readinto(bytearray(4)))
os.write(w, b"xy")
print(f.read(), f.read())
os.set_blocking(r, True)
os.close(w)
print(os.read(r, 10))
os.close(r)

r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r), os.get_inheritable(w))
total = 0
while True:
    try:
        n = os.write(w, b"z" * 10000)
    except BlockingIOError as e:
        print("full:", e.errno)
        break
    total += n
print("pipe took some", total > 0)
got = 0
while True:
    try:
        got += len(os.read(r, 65536))
    except BlockingIOError:
        break
print("read back all", got == total)
wf = open(w, "wb", buffering=0)
print(wf.write(b"q" * 70000), wf.write(b"more"))
wf.close()
os.close(r)

r, w = os.pipe2(0)
print(os.get_blocking(r), os.get_inheritable(r))
os.close(r)
os.close(w)
for bad in [lambda: os.pipe2(0x1), lambda: os.get_blocking(999), lambda: os.set_blocking(999, False)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
