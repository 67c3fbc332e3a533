# Socket options, AF_UNIX sockets bound to a path, dup, fromfd and detach.
import os
import socket
import threading

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) > 0, s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) > 0)
for args in ((socket.SOL_SOCKET, 9999), (socket.SOL_SOCKET, socket.SO_RCVBUF, "x")):
    try:
        if len(args) == 2:
            s.getsockopt(*args)
        else:
            s.setsockopt(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
s.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.close()

# AF_UNIX stream sockets on a path
path = "options_unix.sock"
if os.path.exists(path) if hasattr(os, "path") else False:
    os.remove(path)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname(), srv.family)


def serve():
    conn, addr = srv.accept()
    with conn:
        conn.sendall(b"hello " + conn.recv(100))


t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_UNIX)
c.connect(path)
print(c.getpeername())
c.sendall(b"unix")
print(c.recv(100))
t.join()
c.close()
srv.close()
again = socket.socket(socket.AF_UNIX)
try:
    again.bind(path)
except OSError as e:
    print(type(e).__name__, e)
again.close()
os.remove(path)

# dup, fromfd, detach and socket(fileno=...)
a, b = socket.socketpair()
d = a.dup()
print(d.fileno() != a.fileno(), d.family, d.type)
a.close()
d.sendall(b"via dup")
print(b.recv(100))
f = socket.fromfd(d.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
d.close()
f.sendall(b"via fromfd")
print(b.recv(100))
fd = f.detach()
print(f.fileno(), f)
g = socket.socket(fileno=fd)
print(g.family, g.type)
g.sendall(b"via fileno")
print(b.recv(100))
g.close()
print(b.recv(100))
b.close()
try:
    socket.socket(fileno=os.pipe()[0])
except OSError as e:
    print(type(e).__name__, e)
