# socket.MsgFlag and socket.AddressInfo are IntFlag enums of the MSG_* and AI_* constants;
# MSG_NOSIGNAL is accepted by send and recv (the JVM never raises SIGPIPE: a closed peer
# gives EPIPE); SO_DOMAIN and SO_PROTOCOL read a socket's family and protocol; SO_LINGER
# takes and gives a struct linger; TCP_QUICKACK and IPV6_MULTICAST_HOPS/LOOP are options.
import socket
import struct

print(socket.MsgFlag, socket.AddressInfo, socket.IntFlag)
print(repr(socket.MSG_PEEK), repr(socket.MSG_NOSIGNAL), repr(socket.AI_PASSIVE | socket.AI_CANONNAME))
print(type(socket.AI_PASSIVE) is socket.AddressInfo, type(socket.MSG_WAITALL) is socket.MsgFlag)
print(socket.MsgFlag(2) is socket.MSG_PEEK, socket.AddressInfo(1) is socket.AI_PASSIVE, socket.MSG_PEEK + 0)
print(socket.SO_PROTOCOL, socket.SO_DOMAIN, socket.MSG_NOSIGNAL, socket.TCP_QUICKACK, socket.SO_LINGER,
      socket.IPV6_MULTICAST_HOPS, socket.IPV6_MULTICAST_LOOP)

socks = [socket.socket(), socket.socket(type=socket.SOCK_DGRAM), socket.socket(socket.AF_UNIX),
         socket.socket(socket.AF_INET6)]
for so in socks:
    print(so.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), so.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN),
          so.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN, 4))
s = socks[0]
for name in (socket.SO_PROTOCOL, socket.SO_DOMAIN):
    try:
        s.setsockopt(socket.SOL_SOCKET, name, 1)
    except OSError as e:
        print("OSError:", e)

print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER), s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 5))
print(struct.unpack("ii", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
for bad in (1, b"abc"):
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bad)
    except OSError as e:
        print("OSError:", e)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 0)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK))
for so in socks:
    so.close()

u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(u6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS),
      u6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_LOOP))
u6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 5)
u6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_LOOP, 0)
print(u6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS),
      u6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_LOOP))
u6.close()

a, b = socket.socketpair()
print(a.send(b"hi", socket.MSG_NOSIGNAL), b.recv(10, socket.MSG_NOSIGNAL))
a.sendall(b"yo", socket.MSG_NOSIGNAL)
print(b.recv(10))
b.close()
try:
    for i in range(100):
        a.send(b"x" * 65536, socket.MSG_NOSIGNAL)
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()

# SO_LINGER on, time 0: close() resets the connection
srv = socket.create_server(("127.0.0.1", 0))
c = socket.create_connection(srv.getsockname())
d, _ = srv.accept()
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
print(struct.unpack("ii", c.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK) in (0, 1))
c.close()
try:
    d.recv(10)
except ConnectionResetError as e:
    print("ConnectionResetError", e.errno)
d.close()
srv.close()
