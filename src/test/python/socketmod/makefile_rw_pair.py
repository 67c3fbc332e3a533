# makefile("rw") is a BufferedRWPair over one SocketIO, as in CPython.
import socket
a, b = socket.socketpair()
f = a.makefile('rwb')
print(type(f).__name__, f.readable(), f.writable())
f.write(b'hello\n'); f.flush()
print(b.recv(100))
b.sendall(b'line1\nline2\n')
print(f.readline(), f.peek(3)[:3], f.read1(100))
t = a.makefile('rw', encoding='ascii', newline='')
t.write('x\r\n'); t.flush(); print(b.recv(10))
b.sendall(b'yz\n'); print(repr(t.readline()))
f.close(); t.close(); print(f.closed, a.fileno() >= 0)
a.close(); b.close()
