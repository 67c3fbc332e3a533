# divmod() reaches the referent through a weakref.proxy on either side.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)


n = Num(7)
p = weakref.proxy(n)
print(divmod(p, 3), divmod(3, p), p.__divmod__(2), p.__rdivmod__(2))
try:
    divmod(weakref.proxy(Num), 1)
except TypeError as e:
    print("TypeError:", e)
