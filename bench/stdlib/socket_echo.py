"""Socket echo server with client threads over loopback TCP.

A server thread accepts 8 clients; each connection is served by its own thread that
echoes what it receives. 8 client threads each send 2000 messages of varying size
(sendall) and read each echo back in full (recv loop), checking it. Every blocking call
(accept, recv, sendall) releases the GIL. Checksum: messages and bytes echoed.
"""
import socket
import sys
import threading

CLIENTS = 8
MESSAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 5000

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
served = []
lock = threading.Lock()


def serve(conn):
    total = 0
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            conn.sendall(data)
            total += len(data)
    with lock:
        served.append(total)


def acceptor():
    handlers = []
    for _ in range(CLIENTS):
        conn, _ = server.accept()
        t = threading.Thread(target=serve, args=(conn,))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


def client(n, results):
    with socket.create_connection(("127.0.0.1", port)) as s:
        sent = 0
        for i in range(MESSAGES):
            msg = (b"%d:%d:" % (n, i)) * (1 + (i * 7 + n) % 40)
            s.sendall(msg)
            got = b""
            while len(got) < len(msg):
                chunk = s.recv(len(msg) - len(got))
                if not chunk:
                    raise RuntimeError("connection closed early")
                got += chunk
            assert got == msg
            sent += len(msg)
        results[n] = sent


acc = threading.Thread(target=acceptor)
acc.start()
results = [0] * CLIENTS
clients = [threading.Thread(target=client, args=(n, results)) for n in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acc.join()
server.close()
assert sorted(served) == sorted(results)
print(CLIENTS * MESSAGES, sum(results))
