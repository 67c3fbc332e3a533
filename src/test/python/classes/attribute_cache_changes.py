# The same attribute instruction run on objects and classes that change between runs:
# what each access finds must follow every change (gilpy caches these per instruction).
class P:
    def __init__(self, v):
        self.v = v
    def m(self):
        return "P.m"

class S:
    __slots__ = ("v", "w")
    def m(self):
        return "S.m"

def read(o):
    try:
        return o.v
    except AttributeError as e:
        return "AttributeError: %s" % e

def call(o):
    return o.m()

def write(o, x):
    o.v = x

p, q = P(1), P(2)
print([read(p) for _ in range(3)], read(q))
P.v = property(lambda self: "property")          # a data descriptor now wins over the dict
print(read(p), read(q))
del P.v
print(read(p))
s = S()
write(s, 10)
print(read(s), read(p))
del s.v
print(read(s))
write(s, 11)
print(read(s))
print([call(x) for x in (p, s, p, s)])
p.m = lambda: "instance attribute"               # the instance dict shadows the method
print(call(p), call(q))
del p.m
print(call(p))
P.m = lambda self: "replaced P.m"
print(call(p), call(q))

class Q(P):
    pass

r = Q(5)
print(read(r), call(r))
P.m = lambda self: "base changed"
print(call(r))
Q.m = lambda self: "Q.m"
print(call(r), call(p))
r.__class__ = P
print(call(r), read(r))

class G:
    def __getattr__(self, name):
        return "getattr " + name

g = G()
print(read(g))
g.v = "set"
print(read(g))
G.__getattr__ = lambda self, name: "new getattr"
del g.v
print(read(g))

class Tracked:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

t = Tracked()
for i in range(2):
    write(t, i)
print(read(t))
for x in (p, s, t):
    write(x, "last")
print(read(p), read(s), read(t))
