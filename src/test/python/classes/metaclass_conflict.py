class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class M3(M1, M2):
    pass


class D(A, B, metaclass=M3):
    pass


print(type(D).__name__)


class Sub(M1):
    pass


class E(metaclass=Sub):
    pass


class F(A, E):
    pass


print(type(F).__name__)


def func_meta(name, bases, ns):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return "not a class"


class G(metaclass=func_meta):
    a = 1


print(G)
