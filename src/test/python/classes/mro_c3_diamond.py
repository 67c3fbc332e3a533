class O:
    pass


class A(O):
    pass


class B(O):
    pass


class C(O):
    pass


class D(O):
    pass


class E(O):
    pass


class K1(A, B, C):
    pass


class K2(D, B, E):
    pass


class K3(D, A):
    pass


class Z(K1, K2, K3):
    pass


def names(cls):
    return [c.__name__ for c in cls.__mro__]


print(names(Z))
print(names(K1))
print(names(K3))
print(Z.__bases__ == (K1, K2, K3))
print([c.__name__ for c in Z.mro()])
print(Z.__base__.__name__)
print(object.__mro__ == (object,))
print(bool.__mro__)


class Top:
    def who(self):
        return "Top"


class Left(Top):
    def who(self):
        return "Left"


class Right(Top):
    def who(self):
        return "Right"


class Bottom(Left, Right):
    pass


print(Bottom().who(), names(Bottom))
