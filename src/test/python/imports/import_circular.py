import sys

sys.path.insert(0, "_mods")
import circ_a

print("main: circ_a.A_LATE =", circ_a.A_LATE)
print("main:", circ_a.from_b())
print(sorted(m for m in sys.modules if m.startswith("circ_")))
try:
    import circ_from_x
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).split(" (")[0])
