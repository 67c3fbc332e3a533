# deque: every method, maxlen, rotate, indexing, operators, reprs and error messages
from collections import deque
d=deque([1,2,3])
print(d, d.__reduce__()[:3], deque([1],maxlen=3).__reduce__()[:3], deque.__module__)
class D(deque): pass
x=D([1,2]); x.a=5
print(repr(x), x.__reduce__()[:3], type(x.copy()), type(x+x), type(x*2))
def t(f):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: d[5])
t(lambda: d[1:2])
t(lambda: d.index(9))
t(lambda: d.remove(9))
t(lambda: deque([],-1))
t(lambda: deque([],'a'))
t(lambda: deque(1))
t(lambda: d+[1])
t(lambda: deque([1,2],2).insert(0,1))
t(lambda: d.rotate('a'))
t(lambda: deque(maxlen=2, iterable=[1,2,3]))
t(lambda: deque([1],2,3))
t(lambda: deque(a=3))
t(lambda: d.index(2, 'a'))
t(lambda: d.__setitem__(7, 1))
t(lambda: d.__delitem__(7))
t(lambda: d.index(2, -100, 100))
t(lambda: d.index(3, 0, 2))
t(lambda: deque([1,2,3])[-1])
t(lambda: d.__iadd__(5))
t(lambda: deque.__doc__)
t(lambda: deque.__class_getitem__(int))
t(lambda: d.extend(5))
t(lambda: d.count())
for n in range(-7, 8):
    e = deque(range(5)); e.rotate(n); print(n, e, end=' ')
print()
e = deque(range(10), maxlen=4); print(e, e*3, deque([1,2],maxlen=3)*2, e*0, e*-1)
e.insert(1, 'x') if False else None
e = deque('abcdef'); e.insert(2,'X'); e.insert(-1, 'Y'); e.insert(100,'Z'); e.insert(-100,'W'); print(e)
del e[3]; del e[-2]; print(e, len(e), 'X' in e, e.count('a'))
e.reverse(); print(e, list(reversed(e)))
e.extendleft('123'); print(e)
e2 = deque(); e2.append(e2); print(e2)
it = iter(e); next(it); e.append(1)
t(lambda: next(it))
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) != [1], deque([1,2]) >= deque([1]))
e = deque([1,2,3], maxlen=3); e.append(4); e.appendleft(0); print(e, e.maxlen); e += [7,8]; print(e); e *= 2; print(e)

class Sub(deque):
    pass
s = Sub('abc', 2)
print(s, s.maxlen, type(s.copy()).__name__, s.copy(), s.__copy__(), Sub([1]) == deque([1]))
e = deque([1, 2, 3])
e[0] = 'first'; e[-1] = 'last'; print(e, e[1], e[-3])
print(bool(deque()), bool(e), len(deque(range(100))), list(deque(range(5))[i] for i in range(5)))
big = deque()
for i in range(1000):
    big.append(i); big.appendleft(-i)
print(len(big), big[0], big[-1], big[500], sum(big))
for i in range(990):
    big.pop() if i % 2 else big.popleft()
print(len(big), list(big)[:3], list(big)[-3:])
t(lambda: deque.maxlen.__get__(deque([], 5)))
t(lambda: deque([1, [2]]).__reduce__()[0])
r = deque([1, 2, 3]).__reversed__()
print(type(r).__name__, r.__length_hint__(), list(r), type(iter(deque())).__name__)
e = deque([1, 2, 3])
it = reversed(e); e.pop()
t(lambda: next(it))
e = deque([1, 2, 3])
e.clear(); print(e, len(e))
e = deque([1, 2, 3, 2, 1])
e.remove(2); print(e, e.index(1), e.index(1, 1), e.index(1, -2), e.count(1))
t(lambda: deque([1], maxlen=0))
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); z.appendleft(3); print(z)
print(deque('abc', maxlen=None), deque(iterable='xy'))
e = deque([3, 1, 2]); e.__init__([9]); print(e)
print(deque([1, 2]) + deque([3]), 2 * deque([1]), deque([[1]]) * 2)
print(deque[int], deque.__name__, deque.__hash__)


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


m = deque()
m.extend([Eq(m), Eq(m)])
t(lambda: m.count(1))
t(lambda: m.index(1))
t(lambda: 1 in m)
