# logging.handlers.SocketHandler and DatagramHandler over real loopback sockets: the
# length-prefixed framing, reconnection and its back-off, closeOnError, Unix sockets.
# makePickle is replaced by a pickle-free encoding here (socket_handlers_pickle.py
# checks the real one).
import logging
import logging.handlers
import os
import socket
import struct
import time

H = logging.handlers
print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT,
      H.DEFAULT_SOAP_LOGGING_PORT)


def encode(record):
    text = ("%s|%s|%s" % (record.name, record.levelname, record.getMessage())).encode()
    return struct.pack(">L", len(text)) + text


class TextSocketHandler(H.SocketHandler):
    def makePickle(self, record):
        return encode(record)


class TextDatagramHandler(H.DatagramHandler):
    def makePickle(self, record):
        return encode(record)


def read_frame(conn):
    head = b''
    while len(head) < 4:
        chunk = conn.recv(4 - len(head))
        if not chunk:
            return None
        head += chunk
    size = struct.unpack(">L", head)[0]
    body = b''
    while len(body) < size:
        body += conn.recv(size - len(body))
    return body


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


log = logging.getLogger("net")
log.propagate = False
log.setLevel(logging.DEBUG)

# TCP
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)
listener.settimeout(5)
port = listener.getsockname()[1]
h = TextSocketHandler('127.0.0.1', port)
print(h.host, h.port == port, h.address == ('127.0.0.1', port), h.sock, h.closeOnError,
      h.retryTime, h.retryStart, h.retryMax, h.retryFactor)
log.addHandler(h)
log.info("first %d", 1)
conn, _ = listener.accept()
conn.settimeout(5)
print(h.sock is not None, h.sock.gettimeout())
log.warning("second")
log.debug("third %s", "x")
for _ in range(3):
    print(read_frame(conn))
h.send(b'raw bytes')
print(conn.recv(9))
log.removeHandler(h)
h.close()
print(h.sock, read_frame(conn))
conn.close()
listener.close()

# nobody listening: no socket, and the next attempt waits retryPeriod (doubling, capped)
h = TextSocketHandler('127.0.0.1', free_port())
before = time.time()
h.emit(logging.makeLogRecord({'msg': 'lost'}))
print(h.sock, h.retryPeriod, before <= h.retryTime - 1.0 <= time.time())
retry_time = h.retryTime
h.emit(logging.makeLogRecord({'msg': 'too soon'}))
print(h.retryTime == retry_time, h.retryPeriod)
h.retryTime = 0
h.createSocket()
print(h.retryPeriod)
h.retryTime = 0
h.retryPeriod = 20
h.createSocket()
print(h.retryPeriod)
try:
    h.makeSocket()
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e)
h.close()

# closeOnError: a failing emit drops the socket quietly instead of reporting
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(1)
listener.settimeout(5)
h = TextSocketHandler('127.0.0.1', listener.getsockname()[1])
h.createSocket()
conn, _ = listener.accept()


class Unencodable(TextSocketHandler):
    def makePickle(self, record):
        raise RuntimeError("cannot encode")


h.__class__ = Unencodable
h.closeOnError = True
h.emit(logging.makeLogRecord({'msg': 'x'}))
print(h.sock)
h.close()
conn.close()
listener.close()

# UDP
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
server.settimeout(5)
port = server.getsockname()[1]
d = TextDatagramHandler('127.0.0.1', port)
print(d.closeOnError, d.sock, d.address == ('127.0.0.1', port))
log.addHandler(d)
log.error("datagram %s", "one")
log.critical("datagram two")
data = server.recv(1024)
print(data[:4], data[4:])
data = server.recv(1024)
print(struct.unpack(">L", data[:4])[0] == len(data) - 4, data[4:])
print(d.sock.type == socket.SOCK_DGRAM, d.sock.family == socket.AF_INET)
s = d.makeSocket()
print(s.type == socket.SOCK_DGRAM, s.gettimeout())
s.close()
log.removeHandler(d)
d.close()
print(d.sock)
server.close()

# a Unix stream socket (port None)
path = 'socket_handlers.sock'
if os.path.exists(path):
    os.remove(path)
userver = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
userver.bind(path)
userver.listen(1)
userver.settimeout(5)
h = TextSocketHandler(path, None)
print(h.address, h.port)
h.emit(logging.makeLogRecord({'msg': 'over unix', 'levelname': 'INFO', 'name': 'u'}))
conn, _ = userver.accept()
conn.settimeout(5)
print(read_frame(conn), h.sock.family == socket.AF_UNIX, h.sock.gettimeout())
h.close()
conn.close()
userver.close()
os.remove(path)
h = TextSocketHandler(path, None)
h.emit(logging.makeLogRecord({'msg': 'nobody there'}))
print(h.sock, h.retryPeriod)
h.close()
