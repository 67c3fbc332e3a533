# type.__annotations__: a class's own dict entry, created empty on first use
class Cls:
    a: int = 3
    b: str


class Sub(Cls):
    pass


class Empty:
    pass


print(Cls.__annotations__, Sub.__annotations__, Empty.__annotations__)
print('__annotations__' in Empty.__dict__, Empty.__dict__['__annotations__'] is Empty.__annotations__)
Empty.__annotations__ = {'x': float}
print(Empty.__annotations__)
del Empty.__annotations__
print('__annotations__' in Empty.__dict__)
try:
    del Empty.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(Empty.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError", e)
print(Cls().__annotations__)
