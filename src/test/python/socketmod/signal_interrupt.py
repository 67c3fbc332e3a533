# SIGINT cuts a blocking recv, accept and select of the main thread short
# (KeyboardInterrupt), and the socket stays usable afterwards.
import os
import select
import signal
import socket
import threading
import time


def interrupt_soon():
    t = threading.Thread(target=lambda: (time.sleep(0.1), os.kill(os.getpid(), signal.SIGINT)))
    t.start()
    return t


a, b = socket.socketpair()
srv = socket.create_server(("127.0.0.1", 0))
for name, call in (("recv", lambda: a.recv(10)), ("accept", srv.accept),
                   ("select", lambda: select.select([a], [], []))):
    t = interrupt_soon()
    try:
        call()
    except KeyboardInterrupt:
        print("interrupted", name)
    t.join()
a.sendall(b"still works")
print(b.recv(100))
for s in (a, b, srv):
    s.close()
