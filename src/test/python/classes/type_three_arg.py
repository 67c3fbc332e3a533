def greet(self):
    return "hi from " + type(self).__name__


Base = type("Base", (), {"greet": greet, "x": 1})
Derived = type("Derived", (Base,), {"y": 2, "__repr__": lambda self: "<Derived>"})
d = Derived()
print(d.greet(), d.x, d.y, repr(d))
print(Derived.__name__, Derived.__qualname__, Derived.__module__)
print([c.__name__ for c in Derived.__mro__])
print(type(d) is Derived, type(Derived) is type)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,))
print(type(5).__name__, type("s").__name__, type(None).__name__, type(type).__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    type()
except TypeError as e:
    print("TypeError", e)
Named = type("has space", (), {})
print(Named.__name__)
Named.__name__ = "Renamed"
print(Named.__name__, Named.__qualname__)
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__)
