class Obj:
    cls_attr = "class"


o = Obj()
setattr(o, "dynamic", 42)
print(getattr(o, "dynamic"), getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "missing", None))
print(hasattr(o, "dynamic"), hasattr(o, "missing"), hasattr(Obj, "cls_attr"), hasattr(o, "__class__"))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError", e)
setattr(o, "with space", 1)
print(getattr(o, "with space"), sorted(vars(o)))
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(5, "real"))


class Raises:
    @property
    def bad(self):
        raise ValueError("not AttributeError")


try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(Raises(), "bad", "default")
except ValueError as e:
    print("ValueError", e)
