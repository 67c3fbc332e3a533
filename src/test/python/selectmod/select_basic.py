# select.select and select.poll over pipes and sockets, with argument errors.
import os
import select
import socket
import threading
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [w], [r], 0))
print(select.select([r], [], [], None))
os.read(r, 1)
print(select.select([r], [], [], 0.01))

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0) == ([], [], []))
rs, ws, xs = select.select([a, b], [a, b], [], 0)
print(rs, ws == [a, b], xs)
b.sendall(b"data")
rs, ws, xs = select.select([a, b, r], [], [], 5)
print(rs == [a], a.recv(10))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapper(r)
os.write(w, b"y")
rs, _, _ = select.select((wr, a), [], [])
print(rs == [wr])
os.read(r, 1)


# a select that waits, woken by a write from another thread
def later(fd, data):
    time.sleep(0.05)
    os.write(fd, data)


t = threading.Thread(target=later, args=(w, b"z"))
t.start()
print(select.select([r, a], [], [], 10)[0] == [r])
t.join()
print(os.read(r, 1))

t = threading.Thread(target=lambda: (time.sleep(0.05), b.sendall(b"wake")))
t.start()
print(select.select([r, a], [], [], 10)[0] == [a], a.recv(10))
t.join()

# a listening socket is readable when a connection waits
srv = socket.create_server(("127.0.0.1", 0))
print(select.select([srv], [], [], 0)[0])
c = socket.create_connection(srv.getsockname())
print(select.select([srv], [], [], 5)[0] == [srv])
conn, _ = srv.accept()
conn.close()
print(select.select([c], [], [], 5)[0] == [c], c.recv(10))
c.close()
srv.close()

# end of file on a pipe is readable
os.close(w)
print(select.select([r], [], [], 5)[0] == [r], os.read(r, 1))
os.close(r)

for args in (([-1], [], []), (["x"], [], []), ([5000], [], []), (5, [], []), ([], [], [], -1),
             ([], [], [], "x"), ([Wrapper("x")], [], [])):
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)

# poll
p = select.poll()
r, w = os.pipe()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b"!")
print(sorted(p.poll(0)) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll(10) == [(r, select.POLLIN)])
p.unregister(w)
os.read(r, 1)
print(p.poll(20))
p.register(a)
print(p.poll(0) == [(a.fileno(), select.POLLOUT)])
p.unregister(a)
os.close(w)
print(p.poll(100) == [(r, select.POLLHUP)])
os.close(r)
print(p.poll(0) == [(r, select.POLLNVAL)])
for call in (lambda: p.unregister(12345), lambda: p.modify(12345, 1), lambda: p.register(-1),
             lambda: p.register("x"), lambda: p.poll("x")):
    try:
        call()
    except (KeyError, OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.close()
b.close()
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.error is OSError)
