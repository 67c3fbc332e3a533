# A socket's timeout shows as O_NONBLOCK on its descriptor, as in CPython: blocking only
# when there is no timeout.
import os
import socket

s = socket.socket()
print(os.get_blocking(s.fileno()))
s.settimeout(1)
print(os.get_blocking(s.fileno()))
s.settimeout(None)
print(os.get_blocking(s.fileno()))
s.setblocking(False)
print(os.get_blocking(s.fileno()))
s.setblocking(True)
print(os.get_blocking(s.fileno()))
s.close()
socket.setdefaulttimeout(2)
s = socket.socket()
print(os.get_blocking(s.fileno()), s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket(type=socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(os.get_blocking(s.fileno()), s.gettimeout())
s.close()
