# A threaded TCP echo server on the loopback interface with several clients at once;
# every client checks its own replies, and the server thread and sockets are all closed.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(8)
host, port = server.getsockname()
print(host, isinstance(port, int) and port > 0)
print(server.family, server.type, repr(server.family), repr(server.type))

NCLIENTS = 5
handlers = []


def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


def serve():
    for _ in range(NCLIENTS):
        conn, addr = server.accept()
        assert addr[0] == "127.0.0.1"
        assert conn.getsockname() == (host, port)
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        handlers.append(t)


acceptor = threading.Thread(target=serve)
acceptor.start()

results = {}


def client(n):
    with socket.create_connection((host, port), timeout=10) as c:
        assert c.getpeername() == (host, port)
        got = []
        for i in range(20):
            msg = ("client %d message %d;" % (n, i)).encode()
            c.sendall(msg)
            want = len(msg)
            buf = b""
            while len(buf) < want:
                chunk = c.recv(want - len(buf))
                assert chunk
                buf += chunk
            got.append(buf)
        c.shutdown(socket.SHUT_WR)
        assert c.recv(10) == b""
    results[n] = got


clients = [threading.Thread(target=client, args=(n,)) for n in range(NCLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
for t in handlers:
    t.join()
server.close()

for n in range(NCLIENTS):
    assert results[n] == [("CLIENT %d MESSAGE %d;" % (n, i)).encode() for i in range(20)], n
print("echoed", sum(len(v) for v in results.values()), "messages")
print(repr(server))
print(threading.active_count())
