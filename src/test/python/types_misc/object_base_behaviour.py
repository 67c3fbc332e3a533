o = object()
print(type(o).__name__, o == o, o != o, o is o, bool(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError", e)
print(object.__bases__, object.__base__)
print(type.__bases__[0] is object, type(object) is type, type(type) is type)
print(object.__name__, object.__qualname__, object.__module__, type.__module__)
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o))
print(o.__class__ is object, object.__class__ is type)
print(o.__str__() == o.__repr__(), o.__format__("") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print("TypeError", e)
print(o.__hash__() == hash(o), o.__sizeof__() > 0)
print(o.__reduce_ex__ is not None, callable(o.__init__))
print(sorted(n for n in dir(o) if not n.startswith("__reduce") and not n.startswith("__init_sub") and n not in ("__getstate__", "__sizeof__", "__subclasshook__", "__dir__", "__doc__", "__class__")))
