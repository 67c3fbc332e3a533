class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("OnlyEq.__eq__")
        return isinstance(other, OnlyEq) and self.v == other.v


a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a == b, a != b, a != c)


class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"


x = EqReturnsNonBool()
print(x == 1, x != 1)


class OnlyNe:
    def __ne__(self, other):
        return "custom ne"


y = OnlyNe()
print(y != 1, y == y, y == OnlyNe())


class NotImplEq:
    def __eq__(self, other):
        return NotImplemented


n1 = NotImplEq()
n2 = NotImplEq()
print(n1 == n1, n1 == n2, n1 != n2, n1 == 1)
print([n1] == [n1], (n1,) == (n2,))
print([x] == [1], [x] != [1])
