# An uncaught KeyboardInterrupt prints its traceback and ends the process as SIGINT would
# (a shell shows status 130). The SIGINT comes from another thread while main sleeps.
import signal
import threading
import time

main = threading.get_ident()

def send():
    time.sleep(0.05)
    signal.pthread_kill(main, signal.SIGINT)

threading.Thread(target=send).start()
print("sleeping", flush=True)

def wait():
    time.sleep(5)

wait()
print("not reached")
