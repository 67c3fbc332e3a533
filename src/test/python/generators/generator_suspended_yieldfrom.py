# gi_suspended is true while a generator waits at a yield; gi_yieldfrom is the iterator a
# suspended "yield from" delegates to (None otherwise).
def sub():
    yield 1
    yield 2


def outer():
    yield 0
    yield from sub()
    yield from [10, 11]
    return 5


g = outer()
print(g.gi_suspended, g.gi_yieldfrom, g.gi_running)
print(next(g), g.gi_suspended, g.gi_yieldfrom)
print(next(g), g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
inner = g.gi_yieldfrom
print(next(g), g.gi_yieldfrom is inner, inner.gi_suspended, inner.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, inner.gi_suspended, inner.gi_frame)
print(next(g), type(g.gi_yieldfrom).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(g.gi_suspended, g.gi_yieldfrom, g.gi_frame)


def watcher():
    yield w.gi_suspended, w.gi_running, w.gi_yieldfrom


w = watcher()
print(next(w))

closed = outer()
next(closed)
closed.close()
print(closed.gi_suspended, closed.gi_yieldfrom)
thrown = outer()
next(thrown)
next(thrown)
try:
    thrown.throw(KeyError("k"))
except KeyError:
    print("KeyError", thrown.gi_suspended, thrown.gi_yieldfrom)
gen = (x for x in range(2))
print(gen.gi_suspended, next(gen), gen.gi_suspended, gen.gi_yieldfrom)
