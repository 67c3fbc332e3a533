# singledispatch and singledispatchmethod: registration forms, MRO dispatch, errors.
from functools import singledispatch, singledispatchmethod

@singledispatch
def fun(arg, verbose=False):
    "generic fun"
    return "default: %r" % (arg,)

@fun.register
def _(arg: int, verbose=False):
    return "int: %r" % arg

@fun.register
def _(arg: list, verbose=False):
    return "list of %d" % len(arg)

@fun.register(complex)
def _(arg, verbose=False):
    return "complex: %r %r" % (arg.real, arg.imag)

def nothing(arg, verbose=False):
    return "nothing"
r = fun.register(type(None), nothing)
print(r is nothing)

@fun.register
def _(arg: "float", verbose=False):
    return "float (from a string annotation)"

@fun.register
def _(arg: str | bytes):
    return "str or bytes"

print(fun("x"), fun(b"x"), fun(1), fun(True), fun([1, 2]), fun(1j), fun(None), fun(1.5), fun({}))
print(fun.__name__, fun.__doc__, fun.__wrapped__(5))
print(fun.dispatch(bool) is fun.dispatch(int), fun.dispatch(dict) is fun.registry[object])
print(sorted(t.__name__ for t in fun.registry), type(fun.registry).__name__)

# MRO-based dispatch, including multiple inheritance
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

@singledispatch
def which(x):
    return "object"
@which.register
def _(x: A):
    return "A"
@which.register
def _(x: C):
    return "C"
print(which(A()), which(B()), which(C()), which(D()), which(1))
# registering later replaces the cached choice
@which.register
def _(x: B):
    return "B"
print(which(B()), which(D()))

# an implementation for a class is found for its subclasses
class MyInt(int): pass
class MyList(list): pass
print(fun(MyInt(3)), fun(MyList([1])))

def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok" if callable(r) else repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(fun)
check(fun.register, 1)
def unannotated(x): pass
try:
    fun.register(unannotated)
except TypeError as e:
    print("TypeError:", str(e).split(":")[0], str(e).endswith("on an annotated function."))
def bad(x: 1): pass
check(fun.register, bad)
check(fun.register, 1, nothing)
check(singledispatch)
check(fun.register(int), lambda x: x)

class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return "generic " + cls.__name__

    @cneg.register
    @classmethod
    def _(cls, arg: int):
        return "int " + cls.__name__

n = Negator()
print(n.neg(5), n.neg(True), Negator.cneg(1), Negator.cneg("s"), n.cneg(2))
try:
    n.neg("a")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.neg.__name__, hasattr(Negator.neg, "register"))
