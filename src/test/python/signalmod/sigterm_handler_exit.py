# A SIGTERM handler that calls sys.exit: SystemExit comes out of the interrupted sleep,
# finally clauses run and the exit status is the handler's.
import signal
import sys
import threading
import time

def on_term(signum, frame):
    print("terminating on signal", signum, "in", frame.f_code.co_name)
    sys.exit(3)

signal.signal(signal.SIGTERM, on_term)
main = threading.get_ident()
threading.Timer(0.05, signal.pthread_kill, (main, signal.SIGTERM)).start()

def serve():
    try:
        time.sleep(5)
    finally:
        print("cleanup")

serve()
