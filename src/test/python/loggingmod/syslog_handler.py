# logging.handlers.SysLogHandler over real loopback sockets: UDP, TCP and a Unix
# stream socket; priorities, facilities, ident, append_nul, errors.
import logging
import logging.handlers
import os
import socket

S = logging.handlers.SysLogHandler
print(logging.handlers.SYSLOG_UDP_PORT, logging.handlers.SYSLOG_TCP_PORT)
print(sorted((k, v) for k, v in vars(S).items() if k.startswith('LOG_')))
print(sorted(S.priority_names.items()))
print(sorted(S.facility_names.items()))
print(sorted(S.priority_map.items()))
print(repr(S.ident), S.append_nul)


def record(level, msg):
    return logging.makeLogRecord({'msg': msg, 'levelno': level,
                                  'levelname': logging.getLevelName(level)})


# UDP
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
server.settimeout(5)
port = server.getsockname()[1]
h = S(('127.0.0.1', port))
print(h.address == ('127.0.0.1', port), h.facility, h.socktype == socket.SOCK_DGRAM,
      h.unixsocket, h.socket.type == socket.SOCK_DGRAM)
print(h.encodePriority('user', 'info'), h.encodePriority(3, 7),
      h.encodePriority(S.LOG_LOCAL7, 'debug'), h.encodePriority('kern', 'emerg'))
print(h.mapPriority('FOO'), h.mapPriority('ERROR'), h.mapPriority('CRITICAL'))
for bad in [('nope', 'info'), ('user', 'nope')]:
    try:
        h.encodePriority(*bad)
    except KeyError as e:
        print("KeyError", e)
for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, 5):
    h.emit(record(level, 'level %d' % level))
    print(server.recv(1024))
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
h.ident = 'myapp: '
h.emit(record(logging.WARNING, 'with ident'))
print(server.recv(1024))
h.append_nul = False
h.facility = S.LOG_LOCAL3
h.emit(record(logging.ERROR, 'unicode \u00e9\u4e2d'))
print(server.recv(1024))
h.facility = 'daemon'
h.emit(record(logging.INFO, 'named facility'))
print(server.recv(1024))
h.close()
print(h.socket)
h.close()
server.close()

# TCP
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(('127.0.0.1', 0))
listener.listen(1)
listener.settimeout(5)
port = listener.getsockname()[1]
h = S(('127.0.0.1', port), facility=S.LOG_MAIL, socktype=socket.SOCK_STREAM)
conn, _ = listener.accept()
conn.settimeout(5)
print(h.socktype == socket.SOCK_STREAM, h.unixsocket)
h.append_nul = False
h.emit(record(logging.WARNING, 'over tcp'))
print(conn.recv(1024))
h.close()
print(conn.recv(1024))
conn.close()
listener.close()

# TCP, nobody listening
spare = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
spare.bind(('127.0.0.1', 0))
free_port = spare.getsockname()[1]
spare.close()
try:
    S(('127.0.0.1', free_port), socktype=socket.SOCK_STREAM)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e)
try:
    S(('localhost',))
except ValueError as e:
    print("ValueError", e)

# a Unix stream socket (the datagram attempt fails, the stream one is used)
path = 'syslog_handler.sock'
if os.path.exists(path):
    os.remove(path)
userver = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
userver.bind(path)
userver.listen(1)
userver.settimeout(5)
h = S(path)
conn, _ = userver.accept()
conn.settimeout(5)
print(h.unixsocket, h.socktype == socket.SOCK_STREAM, h.address)
h.emit(record(logging.ERROR, 'over unix'))
print(conn.recv(1024))
h.close()
conn.close()
userver.close()
os.remove(path)

# a Unix socket nobody listens on: the handler is made; emit reports the error
failures = []


class Quiet(S):
    def handleError(self, record):
        import sys
        failures.append(type(sys.exc_info()[1]).__name__)


h = Quiet(path)
print(h.unixsocket, h.socktype)
h.emit(record(logging.ERROR, 'lost'))
print(failures)
h.close()

# dictConfig turns a list address into a tuple
import logging.config
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
server.settimeout(5)
logging.config.dictConfig({
    'version': 1,
    'handlers': {'sys': {'class': 'logging.handlers.SysLogHandler',
                         'address': ['127.0.0.1', server.getsockname()[1]], 'facility': 'local1'}},
    'loggers': {'configured': {'handlers': ['sys'], 'level': 'INFO', 'propagate': False}},
})
logging.getLogger('configured').info('via dictConfig')
print(server.recv(100))
h = logging.getLogger('configured').handlers[0]
print(isinstance(h.address, tuple), h.facility)
logging.getLogger('configured').removeHandler(h)
h.close()
server.close()
