# Waiting for a child and reading its pipe happen without the GIL: the main thread keeps
# running Python code meanwhile (self-checking: prints fixed lines).
import subprocess
import threading
import time

done = []


def waiter():
    p = subprocess.Popen(["sh", "-c", "sleep 0.5; echo late"], stdout=subprocess.PIPE)
    out = p.stdout.read()
    p.stdout.close()
    done.append((p.wait(), out))


t = threading.Thread(target=waiter)
t.start()
count = 0
deadline = time.monotonic() + 30
while not done and time.monotonic() < deadline:
    count += 1
t.join()
assert done == [(0, b"late\n")], done
assert count > 1000, count
print("main thread ran while the child was awaited")
r = subprocess.run(["sh", "-c", "sleep 0.3"], timeout=30)
print(r.returncode)
