class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return "Acc(%r)" % self.items


OPS = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
       "lshift", "rshift", "and", "or", "xor"]


def make(name):
    def iop(self, other):
        self.items.append((name, other))
        return self
    return iop


for name in OPS:
    setattr(Acc, "__i%s__" % name, make(name))

a = Acc([])
orig = a
a += 1
a -= 2
a *= 3
a /= 4
a //= 5
a %= 6
a **= 7
a @= 8
a <<= 9
a >>= 10
a &= 11
a |= 12
a ^= 13
print(a is orig)
for item in a.items:
    print(item)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("__add__ fallback")
        return OnlyAdd(self.v + other)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)


class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"


r = ReturnsOther()
r += 1
print(r)


class NotImpl:
    def __iadd__(self, other):
        print("__iadd__ returns NotImplemented")
        return NotImplemented

    def __add__(self, other):
        return "used __add__"


n = NotImpl()
n += 1
print(n)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
