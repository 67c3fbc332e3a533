# Assignment statements of every shape.
x = 1
a = b = c = x
a, b = b, a
a, b, c = c, b, a
first, *rest = [1, 2, 3]
head, *middle, tail = "abcde"
[p, (q, r)] = 1, (2, 3)
obj.attr = x
obj.attr.inner = -x
seq[0] = seq[-1]
seq[1:2] = []
x += 1
obj.count -= 1
seq[x] *= 2
seq[1:3] //= 4
total: int = 0
pending: list
obj.field: str = "v"
del x, obj.attr, seq[0], seq[1:]
(a), [b] = 1, [2]
