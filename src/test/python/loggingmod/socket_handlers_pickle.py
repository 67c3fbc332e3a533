# logging.handlers.SocketHandler.makePickle: a 4-byte big-endian length, then the
# record's attributes pickled as a dict (msg merged with args, traceback as exc_text);
# DatagramHandler sends the same bytes as one datagram.
import logging
import logging.handlers
import pickle
import socket
import struct

h = logging.handlers.SocketHandler('127.0.0.1', 9)
record = logging.makeLogRecord({'name': 'app', 'msg': 'hello %s %d', 'args': ('world', 3),
                                'levelname': 'INFO', 'levelno': 20, 'message': 'stale'})
data = h.makePickle(record)
size = struct.unpack(">L", data[:4])[0]
print(size == len(data) - 4, data[4:6])
d = pickle.loads(data[4:])
print(type(d).__name__, d['msg'], d['args'], d['exc_info'], d['name'], d['levelname'], 'message' in d)
print(sorted(d) == sorted(k for k in record.__dict__ if k != 'message'))
print(logging.makeLogRecord(d).getMessage())

try:
    1 / 0
except ZeroDivisionError:
    import sys
    record = logging.makeLogRecord({'msg': 'failed', 'exc_info': sys.exc_info()})
d = pickle.loads(h.makePickle(record)[4:])
print(d['exc_info'], d['exc_text'].splitlines()[0], d['exc_text'].splitlines()[-1])
h.close()

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
server.settimeout(5)
dh = logging.handlers.DatagramHandler('127.0.0.1', server.getsockname()[1])
dh.emit(logging.makeLogRecord({'msg': 'over udp %r', 'args': ([1, 2],)}))
packet = server.recv(65536)
print(pickle.loads(packet[4:])['msg'])
dh.close()
server.close()
