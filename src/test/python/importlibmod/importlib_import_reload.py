# importlib.import_module (absolute, relative with package=, errors) and reload (the
# module's source runs again in the same module object) on a package written to a
# temporary directory on sys.path.
import importlib
import os
import shutil
import sys

base = os.path.abspath("tmp_importlib_ir_%d" % os.getpid())


def write(rel, text):
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)


os.mkdir(base)
os.mkdir(os.path.join(base, "ilpkg"))
os.mkdir(os.path.join(base, "ilpkg", "sub"))
write("ilpkg/__init__.py", "X = 1\n")
write("ilpkg/mod.py", "VALUE = 'first'\nCOUNT = globals().get('COUNT', 0) + 1\ndef f():\n    return VALUE\n")
write("ilpkg/sub/__init__.py", "")
write("ilpkg/sub/deep.py", "from .. import mod\nNAME = __name__\n")
write("ilflat.py", "import sys\nLOADED = __name__\n")
sys.path.insert(0, base)
importlib.invalidate_caches()
try:
    m = importlib.import_module("ilpkg.mod")
    print(m.__name__, m.VALUE, m.COUNT, sys.modules["ilpkg.mod"] is m)
    print(importlib.import_module("ilpkg") is sys.modules["ilpkg"])
    d = importlib.import_module(".sub.deep", "ilpkg")
    print(d.NAME, d.mod is m)
    print(importlib.import_module("..mod", "ilpkg.sub") is m)
    print(importlib.import_module(".", "ilpkg").X)
    print(importlib.import_module("ilflat").LOADED)
    print(importlib.import_module("os.path").__name__)

    for args in [(".mod",), ("..mod", "ilpkg"), ("",), ("no_such_module_x",),
                 ("ilpkg.nope",), ("ilflat.x",), (".x", ""), ("...x", "a.b")]:
        try:
            importlib.import_module(*args)
        except (ImportError, TypeError, ValueError) as e:
            print(type(e).__name__, e, getattr(e, "name", None))

    f = m.f
    m.EXTRA = "kept"
    write("ilpkg/mod.py", "VALUE = 'second'\nCOUNT = globals().get('COUNT', 0) + 1\ndef f():\n    return VALUE\n")
    r = importlib.reload(m)
    print(r is m, m.VALUE, m.COUNT, m.f(), f(), f is m.f, m.EXTRA)
    print(importlib.reload(m).COUNT)
    print(importlib.reload(sys.modules["ilpkg"]).X)
    print(importlib.reload(d).NAME)
    import math
    print(importlib.reload(math) is math, math.sqrt(4))

    try:
        importlib.reload(1)
    except TypeError as e:
        print("TypeError", e)
    t = type(sys)("il_not_registered")
    try:
        importlib.reload(t)
    except ImportError as e:
        print("ImportError", e, e.name)
    write("ilpkg/gone.py", "A = 1\n")
    importlib.invalidate_caches()
    g = importlib.import_module("ilpkg.gone")
    os.remove(os.path.join(base, "ilpkg", "gone.py"))
    try:
        importlib.reload(g)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e, e.name)
    write("ilpkg/bad.py", "A = 1\n")
    importlib.invalidate_caches()
    b = importlib.import_module("ilpkg.bad")
    write("ilpkg/bad.py", "A = 2\nraise RuntimeError('in reload')\n")
    try:
        importlib.reload(b)
    except RuntimeError as e:
        print("RuntimeError", e, b.A, sys.modules["ilpkg.bad"] is b)
    print(importlib.__import__("ilpkg.sub.deep").__name__)
    print(sorted(importlib.__all__))
finally:
    sys.path.remove(base)
    shutil.rmtree(base)
    for k in [k for k in sys.modules if k.startswith(("ilpkg", "ilflat"))]:
        del sys.modules[k]
print(os.path.exists(base))
