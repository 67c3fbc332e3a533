import sys

sys.path.insert(0, "_mods")
import counter_mod
import counter_mod
print(counter_mod.bump(), counter_mod.bump())
import counter_mod as again
print(again.count, again is counter_mod, sys.modules["counter_mod"] is counter_mod)
from counter_mod import count
print("snapshot of count:", count)


def import_in_function():
    import counter_mod
    return counter_mod.bump()


print(import_in_function())
del sys.modules["counter_mod"]
import counter_mod as fresh
print("fresh module:", fresh.count, fresh is again)
print("old module still works:", again.bump())
sys.modules["fake_module"] = "anything can be in sys.modules"
import fake_module
print(fake_module)
print("sys" in sys.modules, "__main__" in sys.modules)
