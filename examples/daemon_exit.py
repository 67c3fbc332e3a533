# When does the process end? When the main thread is done, the interpreter waits for
# every non-daemon `threading` thread, then exits; daemon threads, and threads started
# with the low-level _thread module, are simply dropped. sys.exit() in a thread ends
# only that thread, quietly.
import _thread
import sys
import threading
import time

go_on = threading.Event()


def worker():
    go_on.wait()                     # set by the main thread's last statement
    time.sleep(0.2)
    print("worker: finished after the main thread's last line; the process waited")


def forever():
    threading.Event().wait()         # nobody will ever set this event
    print("never printed")


def low_level():
    time.sleep(60)
    print("never printed either")


def quitter():
    sys.exit("this message is not printed: SystemExit in a thread is quiet")


threading.Thread(target=worker).start()
threading.Thread(target=forever, daemon=True).start()
_thread.start_new_thread(low_level, ())
q = threading.Thread(target=quitter)
q.start()
q.join()
print("quitter ended by sys.exit(); alive:", q.is_alive())
for t in sorted(threading.enumerate(), key=lambda t: t.name):
    print("  still running: " + t.name + (" (daemon)" if t.daemon else ""))
print("main: my last line; the process waits for worker, not for the daemon")
go_on.set()
