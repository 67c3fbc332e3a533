# A signal cuts a wait in os.read on a pipe short: KeyboardInterrupt comes out of it;
# a handler that returns lets the read go on until data arrives (PEP 475).
import os, signal, threading, time
r, w = os.pipe()
main = threading.get_ident()
threading.Timer(0.1, signal.pthread_kill, (main, signal.SIGINT)).start()
try:
    os.read(r, 10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in os.read")
seen = []
signal.signal(signal.SIGUSR1, lambda s, f: seen.append(s))
threading.Timer(0.05, signal.pthread_kill, (main, signal.SIGUSR1)).start()
threading.Timer(0.2, os.write, (w, b"data")).start()
print(os.read(r, 10), seen)
