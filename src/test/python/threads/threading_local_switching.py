# threading.local under frequent thread switches: a switch between pointing the shared
# object at this thread's attributes and reading them must not hand this thread
# another thread's values (reads, writes, deletes, and a subclass's lazy __init__).
import sys
import threading

if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(1)
else:
    sys.setswitchinterval(1e-6)


class Slot(threading.local):
    def __init__(self):
        self.inits = getattr(self, "inits", 0) + 1


plain = threading.local()
slot = Slot()
errors = []


def work(name):
    for i in range(2000):
        plain.value = name
        slot.owner = name
        if plain.value != name or slot.owner != name:
            errors.append((name, plain.value, slot.owner))
        del plain.value
        if hasattr(plain, "value"):
            errors.append((name, "value survived del"))
    errors.extend([(name, "inits", slot.inits)] if slot.inits != 1 else [])


threads = [threading.Thread(target=work, args=("t%d" % i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors[:3], slot.inits, hasattr(slot, "owner"), hasattr(plain, "value"))
