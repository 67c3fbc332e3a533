# Assigning __module__ on a class stores it in the class dict (it once recursed forever).
class A:
    pass


A.__module__ = 'elsewhere'
print(A, A.__module__, A.__dict__['__module__'])
try:
    del A.__module__
except TypeError as e:
    print(type(e).__name__, e)


class S:
    __slots__ = ('a', '__doc__')


S.__module__ = 'm2'
print(S.__module__)
try:
    int.__module__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
