import _thread
import sys
import time

results = {}
lock = _thread.allocate_lock()


def square(key, value, scale=1):
    with lock:
        results[key] = value * value * scale


class Fails:
    def __call__(self):
        raise ValueError("boom in thread")

    def __repr__(self):
        return "<Fails object>"


def exits():
    _thread.exit()


idents = set()
for i in range(5):
    idents.add(_thread.start_new_thread(square, (i, i), {"scale": 2}))
_thread.start_new_thread(exits, ())
deadline = time.monotonic() + 30
while len(results) < 5 and time.monotonic() < deadline:
    time.sleep(0.001)
print(sorted(results.items()))
print(len(idents) == 5, _thread.get_ident() not in idents)
_thread.start_new_thread(Fails(), ())
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.001)
time.sleep(0.05)
sys.stderr.flush()
print("main goes on")
