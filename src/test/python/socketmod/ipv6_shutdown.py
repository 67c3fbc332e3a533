# IPv6 loopback, a dual-stack server reached over IPv4, and shutdown from another
# thread waking a blocked recv.
import socket, threading, time
# IPv6 loopback and dual-stack
srv = socket.create_server(("::1", 0), family=socket.AF_INET6)
print(srv.getsockname()[0], len(srv.getsockname()))
def one():
    c, a = srv.accept()
    with c:
        print("peer", a[0], len(a))
        c.sendall(c.recv(10)[::-1])
t = threading.Thread(target=one); t.start()
c = socket.create_connection(("::1", srv.getsockname()[1]))
c.sendall(b"abc"); print(c.recv(10)); t.join(); c.close(); srv.close()
print(socket.has_dualstack_ipv6())
srv = socket.create_server(("", 0), family=socket.AF_INET6, dualstack_ipv6=True)
t = threading.Thread(target=one); t.start()
c = socket.create_connection(("127.0.0.1", srv.getsockname()[1]))
c.sendall(b"xyz"); print(c.recv(10)); t.join(); c.close(); srv.close()
# shutdown from another thread wakes a blocked recv
a, b = socket.socketpair()
res = []
t = threading.Thread(target=lambda: res.append(a.recv(10))); t.start()
time.sleep(0.1)
a.shutdown(socket.SHUT_RDWR)
t.join(5)
print(t.is_alive(), res)
a.close(); b.close()
