# A non-blocking connect as event loops do it: EINPROGRESS (or at once), select for
# writability, SO_ERROR, then data; and a refused non-blocking connect seen via SO_ERROR.
import select
import socket

srv = socket.create_server(("127.0.0.1", 0))
addr = srv.getsockname()

c = socket.socket()
c.setblocking(False)
err = c.connect_ex(addr)
print(err in (0, 115))
_, w, _ = select.select([], [c], [], 5)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, peer = srv.accept()
print(peer == c.getsockname(), conn.getpeername() == c.getsockname())
c.send(b"async")
conn.setblocking(True)
print(conn.recv(10))
try:
    c.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
conn.sendall(b"reply")
r, _, _ = select.select([c], [], [], 5)
print(r == [c], c.recv(10))
conn.close()
r, _, _ = select.select([c], [], [], 5)
print(r == [c], c.recv(10))
c.close()
srv.close()

# refused: the error arrives through SO_ERROR once the socket is writable
d = socket.socket()
d.setblocking(False)
try:
    d.connect(addr)
    print("connected at once?")
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
except ConnectionRefusedError as e:
    print("refused at once", e.errno)
else:
    pass
select.select([], [d], [], 5)
print(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
d.close()
