# tofile and fromfile (with a short read), on a real file
import os
from array import array

name = "arraymod_files.tmp"
# (the file holds 5 ints and 1 short: 22 bytes)
a = array('i', range(5))
with open(name, "wb") as f:
    a.tofile(f)
    array('h', [7]).tofile(f)
with open(name, "rb") as f:
    b = array('i')
    b.fromfile(f, 5)
    print(b)
    c = array('h')
    c.fromfile(f, 1)
    print(c)
with open(name, "rb") as f:
    d = array('i')
    d.fromfile(f, 4)
    f.read(2)
    try:
        d.fromfile(f, 3)
    except EOFError as e:
        print("EOFError", e)
    print(d)
with open(name, "rb") as f:
    e = array('d')
    try:
        e.fromfile(f, -1)
    except ValueError as err:
        print("ValueError", err)
os.remove(name)
