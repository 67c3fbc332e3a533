# Pipes between threads: a read or write that waits releases the GIL and wakes when the
# other side acts. Timing-dependent facts are asserted; the output is fixed.
import os
import threading
import time

# 1. a reader blocked in os.read lets the main thread run, and wakes with the data
r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 100)))
reader.start()
spins = 0
deadline = time.monotonic() + 0.2
while time.monotonic() < deadline:
    spins += 1
assert spins > 1000, spins  # the main thread kept running while the reader waited
assert reader.is_alive() and got == []
os.write(w, b"wake up")
reader.join(10)
assert not reader.is_alive() and got == [b"wake up"], got
print("blocked reader woke with the data")

# 2. a writer blocked on a full pipe finishes as the main thread drains it
data = bytes(range(256)) * 1000  # 256000 bytes, more than a pipe holds
done = []
writer = threading.Thread(target=lambda: done.append(os.write(w, data)))
writer.start()
received = bytearray()
while len(received) < len(data):
    received += os.read(r, 10000)
writer.join(10)
assert done == [len(data)] and bytes(received) == data
print("blocked writer finished:", done[0], "bytes")

# 3. end of file wakes a blocked reader
eof = []
reader = threading.Thread(target=lambda: eof.append(os.read(r, 1)))
reader.start()
time.sleep(0.05)
os.close(w)
reader.join(10)
assert eof == [b""], eof
os.close(r)
print("closing the write end gives a blocked reader end of file")

# 4. an echo thread and a CPU-bound thread: every byte comes back in order
to_r, to_w = os.pipe()
back_r, back_w = os.pipe()
stop = []


def echo():
    while True:
        b = os.read(to_r, 1)
        if not b:
            break
        os.write(back_w, b)


def burn():
    n = 0
    while not stop:
        n += 1
    stop.append(n)


threads = [threading.Thread(target=echo), threading.Thread(target=burn)]
for t in threads:
    t.start()
for i in range(500):
    os.write(to_w, bytes([i % 256]))
    assert os.read(back_r, 1) == bytes([i % 256])
stop.append(True)
os.close(to_w)
for t in threads:
    t.join(10)
assert not any(t.is_alive() for t in threads) and stop[-1] > 0
for fd in (to_r, back_r, back_w):
    os.close(fd)
print("500 echoes came back while a CPU-bound thread ran")
