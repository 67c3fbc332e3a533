import sys

sys.path.insert(0, "_mods")


def use_local_import():
    import stateful
    from stateful import get_setting as getter
    return stateful.get_setting(), getter(), sorted(k for k in locals())


print(use_local_import())
print("stateful" in globals(), "stateful" in sys.modules)


def conditional_import(flag):
    if flag:
        import math as m
    else:
        m = None
    return m.floor(2.7) if m else "no math"


print(conditional_import(True), conditional_import(False))


class Holder:
    import stateful as mod


print(Holder.mod.setting)
