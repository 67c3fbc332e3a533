# UDP datagrams on the loopback interface: sendto/recvfrom, connected sockets,
# recv_into and recvfrom_into, and datagram boundaries.
import socket

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(("127.0.0.1", 0))
addr = r.getsockname()
print(r.type, repr(r.type))

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.sendto(b"one", addr))
print(s.sendto(b"two", 0, addr))
data, frm = r.recvfrom(100)
print(data, frm[0], frm == s.getsockname())
data, frm = r.recvfrom(100)
print(data)

# a datagram longer than the buffer is cut
s.sendto(b"0123456789", addr)
print(r.recv(4))

buf = bytearray(8)
s.sendto(b"abc", addr)
print(r.recv_into(buf), buf)
view = memoryview(bytearray(5))
s.sendto(b"xyz", addr)
n, frm = r.recvfrom_into(view)
print(n, bytes(view), frm == s.getsockname())

# connected: send and recv, getpeername
s.connect(addr)
print(s.getpeername() == addr)
print(s.send(b"connected"))
print(r.recv(100))
try:
    s.sendto(b"x", addr)
except OSError as e:
    print(type(e).__name__, e)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    u.getpeername()
except OSError as e:
    print(type(e).__name__, e)

r.settimeout(0.05)
try:
    r.recvfrom(10)
except TimeoutError as e:
    print("TimeoutError", e)
r.setblocking(False)
try:
    r.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e)

for sock in (r, s, u):
    sock.close()
print(r)
