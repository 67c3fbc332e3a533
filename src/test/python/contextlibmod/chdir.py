# contextlib.chdir: change the working directory for a block, restore it after.
import os
from contextlib import chdir

start = os.getcwd()
with chdir("..") as r:
    print(os.path.basename(os.getcwd()), r)
    with chdir(".."):
        print(os.path.basename(os.getcwd()))
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)

try:
    with chdir(".."):
        raise ValueError("inside")
except ValueError:
    print("restored after error:", os.getcwd() == start)

c = chdir("..")
with c:
    with c:  # reentrant: each entry remembers where it came from
        print(os.path.basename(os.getcwd()))
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)

try:
    with chdir("no-such-directory"):
        print("not reached")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(os.getcwd() == start)
