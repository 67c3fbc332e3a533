# importlib.util: find_spec, module_from_spec, spec_from_file_location, spec_from_loader,
# resolve_name, decode_source; ModuleSpec's attributes; __spec__ of imported modules.
import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import sys

base = os.path.abspath("tmp_importlib_spec_%d" % os.getpid())


def write(rel, text):
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)


def show(spec):
    if spec is None:
        print(None)
        return
    origin = spec.origin.replace(base, "BASE") if spec.origin else spec.origin
    locs = spec.submodule_search_locations
    if locs is not None:
        locs = [l.replace(base, "BASE") for l in locs]
    print(spec.name, type(spec.loader).__name__, origin, locs, spec.parent, spec.has_location)


os.mkdir(base)
os.mkdir(os.path.join(base, "uspkg"))
write("uspkg/__init__.py", "")
write("uspkg/part.py", "WHO = __name__\nSPEC_NAME = __spec__.name\n")
write("usmod.py", "A = 41\nA += 1\nFILE = __file__\n")
write("loose.py", "B = 'loose'\n")
write("data.txt", "not python\n")
sys.path.insert(0, base)
importlib.invalidate_caches()
try:
    show(importlib.util.find_spec("usmod"))
    show(importlib.util.find_spec("uspkg"))
    show(importlib.util.find_spec("uspkg.part"))
    print("uspkg" in sys.modules, "uspkg.part" in sys.modules)
    show(importlib.util.find_spec(".part", "uspkg"))
    print(importlib.util.find_spec("no_such_mod_y"), importlib.util.find_spec("uspkg.nope"))
    spec = importlib.util.find_spec("usmod")
    m = importlib.util.module_from_spec(spec)
    print(m.__name__, m.__spec__ is spec, m.__file__.replace(base, "BASE"), m.__package__,
          m.__loader__ is spec.loader, hasattr(m, "A"), "usmod" in sys.modules)
    spec.loader.exec_module(m)
    print(m.A, m.FILE.replace(base, "BASE"))
    p = importlib.import_module("uspkg.part")
    print(p.WHO, p.SPEC_NAME, p.__spec__.name, p.__spec__.parent)
    show(p.__spec__)
    print(importlib.util.find_spec("uspkg.part") is p.__spec__)

    s = importlib.util.spec_from_file_location("loose_mod", os.path.join(base, "loose.py"))
    show(s)
    lm = importlib.util.module_from_spec(s)
    s.loader.exec_module(lm)
    print(lm.B, lm.__name__, "loose_mod" in sys.modules)
    show(importlib.util.spec_from_file_location("pk", os.path.join(base, "uspkg", "__init__.py")))
    show(importlib.util.spec_from_file_location("pk2", os.path.join(base, "uspkg", "__init__.py"),
                                                submodule_search_locations=[]))
    print(importlib.util.spec_from_file_location("d", os.path.join(base, "data.txt")))
    loader = importlib.machinery.SourceFileLoader("dd", os.path.join(base, "data.txt"))
    show(importlib.util.spec_from_file_location("dd", os.path.join(base, "data.txt"), loader=loader))
    print(loader.get_filename().replace(base, "BASE"), loader.is_package("dd"), loader.get_source("dd"))
    print(loader == importlib.machinery.SourceFileLoader("dd", os.path.join(base, "data.txt")))

    ms = importlib.machinery.ModuleSpec("a.b", None)
    print(ms, ms.parent, ms.has_location, ms.cached, ms.submodule_search_locations)
    ms2 = importlib.machinery.ModuleSpec("a.b", None, origin="somewhere", is_package=True)
    print(ms2, ms2.parent, ms == ms2, ms == importlib.machinery.ModuleSpec("a.b", None))
    print(type(importlib.util.module_from_spec(ms)).__name__)
    show(importlib.util.spec_from_loader("x", None))
    show(importlib.util.spec_from_loader("x", loader))

    print(importlib.util.resolve_name("a", None), importlib.util.resolve_name(".b", "p.q"),
          importlib.util.resolve_name("..b", "p.q"), importlib.util.resolve_name(".", "p"))
    for args in [(".a", None), ("..a", "p"), (".a", "")]:
        try:
            importlib.util.resolve_name(*args)
        except ImportError as e:
            print("ImportError", e)
    for name in ["__main__", "os.nope"]:
        try:
            importlib.util.find_spec(name)
        except (ValueError, ImportError) as e:
            print(type(e).__name__, e)
    sys.modules["none_entry"] = None
    print(importlib.util.find_spec("none_entry"))
    del sys.modules["none_entry"]
    print(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\r\ny = 1\r"))

    import itertools
    import json
    print(sys.__spec__.origin, itertools.__spec__.origin, json.__spec__.name, json.__spec__.parent)
    print(importlib.util.find_spec("itertools").origin, importlib.util.find_spec("json.decoder").name)
    print(type(itertools.__loader__).__name__, itertools.__loader__ is importlib.machinery.BuiltinImporter)
    print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
finally:
    sys.path.remove(base)
    shutil.rmtree(base)
    for k in [k for k in sys.modules if k.startswith(("uspkg", "usmod"))]:
        del sys.modules[k]
