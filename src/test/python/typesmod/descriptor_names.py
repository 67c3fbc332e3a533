# Descriptors name themselves: a __slots__ member and a built-in class method have
# __name__, __qualname__ and __objclass__; a class method descriptor can be called with
# the class; a module's __annotations__ is made empty at first use and kept in its dict.
import time
import types


class Slotted:
    __slots__ = ("a",)


m = Slotted.__dict__["a"]
print(type(m) is types.MemberDescriptorType, m.__name__, m.__qualname__, m.__objclass__, m.__doc__)
f = time.struct_time.tm_year
print(f.__name__, f.__qualname__, f.__objclass__)

cm = dict.__dict__["fromkeys"]
print(type(cm) is types.ClassMethodDescriptorType, cm.__name__, cm.__qualname__, cm.__objclass__)
print(cm(dict, "ab"), cm(dict, "x", 0))


class D(dict):
    pass


print(type(cm(D, "a")).__name__, callable(cm))
for args in [(), (1,), (list,)]:
    try:
        cm(*args)
    except TypeError as e:
        print("TypeError:", e)

mod = types.ModuleType("m")
print("__annotations__" in mod.__dict__, mod.__annotations__, "__annotations__" in mod.__dict__)
mod.__annotations__ = {"a": int}
print(mod.__dict__["__annotations__"])
del mod.__annotations__
print("__annotations__" in mod.__dict__)
try:
    del mod.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
mod.__dict__["__annotations__"] = 5
print(mod.__annotations__, types.__annotations__ == {})
