# The operator functions compute exactly what the operators compute.
import operator

print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "b"),
      operator.ge(3, 4), operator.gt([2], [1]))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3))
x = object()
print(operator.is_(x, x), operator.is_not(x, None), operator.is_(None, None))
print(operator.abs(-3), operator.abs(-2.5), operator.index(7), operator.inv(5), operator.invert(-1))
print(operator.neg(4), operator.pos(-4), operator.neg(True))
print(operator.add(1, 2), operator.add("a", "b"), operator.sub(5, 7), operator.mul("ab", 3),
      operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 100))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.lshift(1, 70), operator.rshift(-256, 4))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1: 1}, {2: 2}))

class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return "matmul %s %s" % (self.v, o.v)
    def __imatmul__(self, o): return "imatmul %s %s" % (self.v, o.v)
    def __lt__(self, o): return "lt"
    def __repr__(self): return "M(%r)" % self.v
print(operator.matmul(M(1), M(2)), operator.imatmul(M(1), M(2)))
print(operator.lt(M(1), M(2)), operator.gt(3, M(1)))

# in-place: mutable objects are changed and returned, immutable ones give a new value
l = [1]
r = operator.iadd(l, [2])
print(r, r is l)
t = (1,)
print(operator.iadd(t, (2,)), t)
s = {1, 2, 3}
print(sorted(operator.iand(s, {2, 3, 4})), sorted(s))
print(operator.isub(10, 3), operator.imul(3, 4), operator.itruediv(1, 4), operator.ifloordiv(9, 2),
      operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(16, 2),
      operator.ior(1, 2), operator.ixor(3, 1))
l2 = [0]
print(operator.iconcat(l2, [5]) is l2, l2)

print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
print(operator.contains([1, 2], 2), operator.contains("abc", "bc"), operator.contains({1: 2}, 2))
print(operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf("hello", "l"), operator.indexOf(iter([4, 5]), 5))
d = {}
operator.setitem(d, "k", 1)
print(operator.getitem(d, "k"), operator.getitem([1, 2, 3], slice(1, None)), operator.getitem("abc", -1))
operator.delitem(d, "k")
print(d)
l = list(range(10))
operator.delitem(l, slice(0, 10, 2))
print(l)

print(operator.call(dict, [(1, 2)], a=3), operator.call(len, "abcd"), operator.call(lambda *a, **k: (a, k)))

# length_hint
class H:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
class L:
    def __len__(self): return 4
    def __length_hint__(self): return 99
class BadLen:
    def __len__(self): raise TypeError("no")
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))))
print(operator.length_hint(H(5)), operator.length_hint(H(NotImplemented), 7), operator.length_hint(L()),
      operator.length_hint(object()), operator.length_hint(object(), 12), operator.length_hint(BadLen(), 3))
it = iter("abcde")
next(it)
print(operator.length_hint(it), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 1, 2: 2})))

# the dunder aliases are the same functions
print(operator.__add__ is operator.add, operator.__lt__ is operator.lt, operator.__not__ is operator.not_,
      operator.__inv__ is operator.inv, operator.__iconcat__ is operator.iconcat, operator.__call__ is operator.call)
print(operator.lt, operator.lt.__name__, operator.__lt__.__name__, operator.lt.__module__)
print([n for n in dir(operator) if not n.startswith("_")] == sorted(operator.__all__))
print(len(operator.__all__))
