def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)


def self_ref():
    yield me.gi_running


me = self_ref()
print(next(me))


def reentrant():
    yield next(r)


r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(gen.__code__.co_name, gen().gi_code.co_name)
