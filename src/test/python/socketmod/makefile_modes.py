# makefile with timeouts (TimeoutError, then the file refuses to read), non-blocking
# reads (None when nothing is there), newline translation, and the context manager.
import socket
a, b = socket.socketpair()
b.settimeout(0.05)
f = b.makefile("rb")
try:
    f.readline()
except TimeoutError as e:
    print("timeout", e)
try:
    f.read(1)
except OSError as e:
    print(type(e).__name__, e)
f.close()
b.setblocking(False)
g = b.makefile("rb")
print(g.read(10))
a.sendall(b"abc")
import time; time.sleep(0.05)
print(g.read(10))
g.close()
w = a.makefile("w", encoding="ascii", newline="\r\n")
w.write("x\ny\n"); w.flush()
print(b.recv(100))
print(w.name if hasattr(w, 'name') else None, w.buffer.raw.name == a.fileno())
w.close()
r = b.makefile("r", newline=None, encoding="utf-8")
a.sendall(b"one\r\ntwo\rthree\n")
a.shutdown(socket.SHUT_WR)
b.setblocking(True)
print(r.readlines())
r.close()
print(b.makefile().encoding == __import__('locale').getpreferredencoding(False) if False else "skip")
a.close(); b.close()
with socket.socket() as s:
    pass
print(s._closed, s.fileno())
