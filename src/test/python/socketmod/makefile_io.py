# socket.makefile in text and binary modes over a socketpair, and the reference count
# that keeps the socket open until its files are closed.
import socket
import io

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.proto)

wf = a.makefile("w", encoding="utf-8")
rf = b.makefile("r", encoding="utf-8")
print(type(wf).__name__, type(rf).__name__, wf.mode, rf.mode)
wf.write("first line\nsecond line\n")
wf.write("héllo\n")
wf.flush()
print(repr(rf.readline()))
print(repr(rf.readline()))
print(repr(rf.readline()))

bw = a.makefile("wb")
br = b.makefile("rb")
print(type(bw).__name__, type(br).__name__)
bw.write(b"\x00\x01binary\n")
bw.flush()
print(br.readline())
print(br.read(0))

raw = b.makefile("rb", buffering=0)
print(type(raw).__name__, raw.mode, raw.readable(), raw.writable())
a.sendall(b"raw")
print(raw.read(10))
raw.close()
print(raw.closed)

# closing the socket while a file is open keeps the descriptor until the file closes
a.close()
print(a.fileno() != -1)
wf.close()
bw.close()
print(a.fileno())
print(br.read())        # end of stream: every writer is closed
br.close()
rf.close()
b.close()
print(b.fileno())

try:
    b.makefile("x")
except ValueError as e:
    print("ValueError", e)
try:
    socket.socketpair()[0].makefile("r", buffering=0)
except ValueError as e:
    print("ValueError", e)

# rw: one file reads and writes
c, d = socket.socketpair()
f = c.makefile("rwb")
f.write(b"ping\n")
f.flush()
print(d.recv(10))
d.sendall(b"pong\n")
print(f.readline())
f.close()
c.close()
d.close()
