# gc: collect, the enabled flag, thresholds, debug flags, stats, callbacks, is_tracked
# and the constants (values that do not depend on the collector's work).
import gc

print(gc.isenabled(), gc.get_threshold(), type(gc.collect()).__name__, gc.collect(0) >= 0, gc.garbage)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]), type(gc.get_count()).__name__, len(gc.get_count()))
for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(),
            lambda: gc.set_threshold(1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log = []


def cb(phase, info):
    log.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
print(log[:2], log[-2:], gc.callbacks)
gc.freeze()
gc.unfreeze()
print(type(gc.get_freeze_count()).__name__)


class A:
    pass


print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5), gc.is_tracked(b""))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(lambda: 0), gc.is_tracked(set()), gc.is_tracked(object()))
print(gc.is_tracked(gc), gc.is_tracked(bytearray()), gc.is_tracked(True))
print(gc.collect.__doc__.splitlines()[0])
