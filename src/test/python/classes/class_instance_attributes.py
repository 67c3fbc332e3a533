class Counter:
    count = 0
    kind = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def describe(self):
        return "%s (%s)" % (self.name, self.kind)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.kind = "special"
print(a.describe(), b.describe())
print(a.__dict__)
print(b.__dict__)
del a.kind
print(a.describe())
Counter.kind = "changed"
print(a.describe(), b.describe())
a.count = 100
print(Counter.count, a.count, b.count)
print("kind" in Counter.__dict__, "name" in Counter.__dict__)
print(type(a) is Counter, type(a).__name__)
print(Counter.describe(b))
m = a.describe
print(m())
print(m.__self__ is a, m.__func__ is Counter.describe)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.missing
except AttributeError as e:
    print(type(e).__name__, e)
