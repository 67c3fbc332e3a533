# aiter() and anext(), driven by hand (gilpy has no await yet): anext with a default
# returns an anext_awaitable that turns StopAsyncIteration into StopIteration(default)
# and, as in CPython 3.11, asks __anext__ anew at every send.
class Aw:
    def __init__(self, v, stop=False): self.v, self.stop = v, stop
    def __await__(self):
        if self.stop:
            raise StopAsyncIteration
        yield "suspended"
        return self.v
class AIt:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    def __anext__(self):
        self.i += 1
        return Aw(self.i, self.i > self.n)
it = aiter(AIt(1))
print(type(it).__name__, it is aiter(it))
aw = anext(it)
print(type(aw).__name__)
g = aw.__await__()
print(g.send(None))
try: g.send(None)
except StopIteration as e: print("value", e.value)
d = anext(it, "dflt")
print(type(d).__name__)
g = d.__await__()
try: g.send(None)
except StopIteration as e: print("default", e.value)
d = anext(AIt(5), "x"); g = d.__await__(); print(g.send(None), g.__next__ if False else "")
try: g.send(None)
except StopIteration as e: print("value", e.value)
for bad in (1, [1]):
    try: aiter(bad)
    except TypeError as e: print(e)
    try: anext(bad)
    except TypeError as e: print(e)
class BadAIter:
    def __aiter__(self): return 1
try: aiter(BadAIter())
except TypeError as e: print(e)
d = anext(AIt(5), None); print(d.__await__() is not None, hasattr(d, "send"), hasattr(d, "throw"), hasattr(d, "close"))
g = anext(AIt(5), 0).__await__(); g.send(None)
try: g.throw(ValueError("in"))
except ValueError as e: print("thrown", e)
d = anext(AIt(5), "x"); g = d.__await__(); print(g.send(None))
try: print("returned", g.send(None))
except StopIteration as e: print("value", e.value)
try: print("returned", g.send(None))
except StopIteration as e: print("value", e.value)
print(repr(d)[:25])
try: type(d)()
except TypeError as e: print(e)
