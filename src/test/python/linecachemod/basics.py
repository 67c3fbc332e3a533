# linecache: getline/getlines/clearcache/checkcache/updatecache, sys.path lookup, missing files.
import linecache
import os
import sys

name = "linecache_sample.txt"
with open(name, "w") as f:
    f.write("first\nsecond\nno newline at end")
try:
    print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 3)))
    print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 4)), repr(linecache.getline(name, -1)))
    print(linecache.getlines(name))
    print(name in linecache.cache, linecache.cache[name][2] is linecache.getlines(name))
    with open(name, "w") as f:
        f.write("changed\n")
    print(repr(linecache.getline(name, 1)))    # still cached
    linecache.checkcache(name)
    print(repr(linecache.getline(name, 1)))
    linecache.checkcache()
    print(repr(linecache.getline(name, 1)))
    print(linecache.updatecache(name))
    linecache.clearcache()
    print(linecache.cache)
finally:
    os.remove(name)
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)), linecache.getlines(name))
print(linecache.getlines("<stdin>"), linecache.getlines(""), linecache.getline("/no/such/file.py", 1) == "")
print(repr(linecache.getline("basics.py", 1)))
print(linecache.lazycache("basics.py", None), linecache.lazycache("<x>", {}), linecache.lazycache("zz.py", {"__name__": "zz"}))
linecache.cache["fake.py"] = (5, None, ["a = 1\n", "b = 2\n"], "fake.py")
linecache.checkcache()
print(linecache.getline("fake.py", 2), end="")


class Loader:
    def get_source(self, name):
        return "line one\nline two"


g = {"__name__": "lazymod", "__loader__": Loader()}
print(linecache.lazycache("lazymod.py", g), len(linecache.cache["lazymod.py"]))
print(linecache.lazycache("lazymod.py", g))
print(linecache.getlines("lazymod.py", g))
print(linecache.lazycache("lazymod.py", g))
sys.path.insert(0, "..")
print(repr(linecache.getline("linecachemod/basics.py", 1)))
