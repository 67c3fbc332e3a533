# UserDict, UserList, UserString: wrappers around .data, meant for subclassing
from collections import UserDict, UserList, UserString
import collections.abc as cabc


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = UserDict({'a': 1}, b=2)
print(d, d.data, len(d), d['a'], 'b' in d, list(d), d.get('z'), sorted(d.items()))
d['c'] = 3
del d['a']
print(d, d | {'x': 1}, {'x': 1} | d, type(d | {}).__name__)
d |= {'y': 0}
print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys('ab', 1))
t(lambda: d['nope'])


class Dflt(UserDict):
    def __missing__(self, key):
        return len(key)


print(Dflt()['four'], isinstance(d, cabc.MutableMapping), d == {'b': 2, 'c': 3, 'y': 0})
print(d.pop('b'), d.setdefault('k', 5), d)
dd = Dflt(a=1)
c = dd.copy()
c['z'] = 1
print(type(c).__name__, c, dd)

L = UserList([3, 1, 2])
print(L, L.data, len(L), L[0], L[1:], type(L[1:]).__name__, 2 in L)
L.append(4)
L.extend(UserList([5]))
L.insert(0, 0)
print(L, L.pop(), L.pop(0), L)
L.sort()
print(L)
L.reverse()
print(L, L.index(2), L.count(2), L + [9], [9] + L, L * 2, 2 * L)
L += (7,)
L *= 1
print(L, L == [4, 3, 2, 1, 7], L < [5], L >= UserList([4]), type(L.copy()).__name__)
L.remove(7)
L[0] = 'x'
del L[1]
print(L)
L.clear()
print(L, UserList(), UserList((1, 2)), UserList(UserList([1])))
t(lambda: hash(UserList()))
t(lambda: L.index(99))

s = UserString('Hello, World')
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:]).__name__, 'World' in s, UserString('W') in s)
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.split(', '), s.rsplit('o', 1), s.partition(','), s.rpartition('o'))
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.count(UserString('l')))
print(s.replace('World', 'There'), s.center(20, '*'), s.ljust(15, '.'), s.rjust(15), s.zfill(15))
print(s.startswith('Hell'), s.endswith('x'), s.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit())
print(s + '!', '>' + s, s * 2, UserString('%s-%s') % (1, 2), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'))
print(s == 'Hello, World', s < 'Z', s > UserString('A'), hash(s) == hash('Hello, World'))
print(int(UserString('42')), float(UserString('1.5')), complex(UserString('1j')))
print(s.encode(), s.join(['a', 'b']), s.splitlines(), UserString('a\tb').expandtabs(4), s.format())
print(s.removeprefix('Hello'), s.removesuffix('World'), UserString('{x}').format_map({'x': 1}))
print(UserString(42), UserString(UserString('x')), s.translate({ord('o'): '0'}), s.maketrans('a', 'b'))
print(isinstance(s, cabc.Sequence), s.isascii(), s.isidentifier(), UserString('ab').__getnewargs__())
