# os.system and os.popen run /bin/sh -c; system returns the wait status, popen's close()
# returns None on success, else the wait status.
import os
import sys

sys.stdout.flush()
print(os.system("exit 0"), os.system("exit 3"), os.system("echo from system"))
sys.stdout.flush()
with os.popen("echo one; echo two") as p:
    print(p.read().split())
p = os.popen("exit 2")
print(p.read(), p.close())
p = os.popen("cat > /dev/null", "w")
p.write("ignored\n")
print(p.close())
for line in os.popen("printf 'a\\nb\\n'"):
    print(repr(line))
for bad in (lambda: os.popen(["ls"]), lambda: os.popen("ls", "rb")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
