# attrgetter, itemgetter and methodcaller: results, reprs, errors.
import operator
from operator import attrgetter, itemgetter, methodcaller

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)

p = P("top", P("mid", P("leaf")))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("child.child.name")(p))
print(attrgetter("name", "child.name", "child.child.name")(p))
print(attrgetter("real", "imag")(3 + 4j))
print(itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(2))([1, 2, 3]))
print(itemgetter(1)([1, 2]), itemgetter(0, 1)([1, 2]))
print(methodcaller("greet", "Hello")(p), methodcaller("greet", "Hi", punct="?")(p))
print(methodcaller("split", ",")("a,b,c"), methodcaller("upper")("x"))

data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(max(data, key=itemgetter(1)), list(map(itemgetter(0), data)))
people = [P("zed"), P("amy"), P("bob")]
print([x.name for x in sorted(people, key=attrgetter("name"))])

print(attrgetter("a"), attrgetter("a.b", "c"), itemgetter(1), itemgetter(1, "x", None), itemgetter((1, 2)))
print(methodcaller("f"), methodcaller("f", 1, "two", k=2, j=[3]))
print(type(attrgetter("a")), type(itemgetter(0)), type(methodcaller("m")))
print(attrgetter, itemgetter, methodcaller, attrgetter.__module__)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(attrgetter)
check(attrgetter, 1)
check(attrgetter, "a", 2)
check(attrgetter, "a", x=1)
check(attrgetter("a"), 5)
check(attrgetter("a"), 5, 6)
check(attrgetter("a"))
check(attrgetter("a"), obj=5)
check(attrgetter("real.nothing"), 5)
check(itemgetter)
check(itemgetter, 1, x=1)
check(itemgetter(1), 5)
check(itemgetter(5), [1])
check(itemgetter("x"), {})
check(itemgetter(1))
check(methodcaller)
check(methodcaller, 1)
check(methodcaller("nope"), 5)
check(methodcaller("upper"), "a", "b")
check(methodcaller("upper", 1), "a")
try:
    class Sub(attrgetter): pass
except TypeError as e:
    print("TypeError:", e)
