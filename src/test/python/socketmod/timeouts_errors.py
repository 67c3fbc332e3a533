# Timeouts, non-blocking mode, refused connections, address in use, and the errors
# of closed and unconnected sockets.
import socket
import time

print(socket.getdefaulttimeout())
a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
start = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.errno)
assert time.monotonic() - start >= 0.04
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e, e.errno)
a.setblocking(True)
print(a.gettimeout())
for bad in (-1, "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# non-blocking send fills the buffer, then raises
b.setblocking(False)
total = 0
try:
    while True:
        total += b.send(b"x" * 65536)
except BlockingIOError as e:
    print("full:", e)
assert total > 0
a.close()
b.close()

# the default timeout applies to new sockets
socket.setdefaulttimeout(0.05)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())

# accept with a timeout
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)
port = srv.getsockname()[1]

# address already in use
other = socket.socket()
try:
    other.bind(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
other.close()
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno)
srv.close()

# connecting to a port that was just closed
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(c.connect_ex(("127.0.0.1", port)))
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e)

# operations on closed or unconnected sockets
s = socket.socket()
for call in (lambda: s.getpeername(), lambda: s.recv(1), lambda: s.send(b"x"), lambda: s.recv(-1),
             lambda: s.shutdown(socket.SHUT_RDWR)):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
s.close()
s.close()
print(s.fileno(), s)
for call in (lambda: s.recv(1), lambda: s.bind(("127.0.0.1", 0)), lambda: s.getsockname()):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.gaierror.__module__)
