# singledispatch with ABCs: virtual subclasses (register, __subclasshook__) take part in
# dispatch, rank after the real bases that make them apply, and ties are ambiguous.
import abc
import functools

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "__len__") else NotImplemented

class Iterable(abc.ABC):
    pass

class A: pass
class B(A):
    def __len__(self): return 0
Iterable.register(B)

@functools.singledispatch
def f(x):
    return "object"

@f.register
def _(x: Sized):
    return "Sized"

print(f(B()), f(A()), f([]), f(1), f("abc"))

@f.register
def _(x: A):
    return "A"
print(f(B()), f(A()))

@f.register
def _(x: Iterable):
    return "Iterable"
try:
    print(f(B()))
except RuntimeError as e:
    print("RuntimeError:", e)

# registering a class with an ABC later changes what dispatch finds
class C: pass
print(f(C()))
Iterable.register(C)
print(f(C()))
class D(C): pass
print(f(D()), f.dispatch(D) is f.registry[Iterable])

# a class registered for dispatch beats an ABC it is registered with
class Base: pass
class Derived(Base): pass
class Marker(abc.ABC): pass
Marker.register(Base)
@functools.singledispatch
def g(x):
    return "object"
@g.register
def _(x: Marker):
    return "Marker"
print(g(Derived()), g(Base()))
@g.register
def _(x: Base):
    return "Base"
print(g(Derived()), g(Base()))
