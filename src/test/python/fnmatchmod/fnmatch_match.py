# fnmatch, fnmatchcase and filter: wildcards, sets, case, bytes, errors.
import fnmatch

cases = [('abc', 'abc'), ('abc', 'a?c'), ('abc', 'a*'), ('abc', '*c'), ('abc', '*b*'),
         ('abc', '?'), ('.hidden', '*'), ('a/b', 'a*b'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
         ('A.TXT', '*.txt'), ('a.txt', '*.TXT'), ('x', '[xyz]'), ('w', '[xyz]'),
         ('w', '[!xyz]'), ('-', '[a-]'), (']', '[]]'), ('!', '[!]'), ('[!]', '[!]'),
         ('b', '[a-c]'), ('d', '[a-c]'), ('b', '[c-a]'), ('\\', '[\\]'), ('[', '['),
         ('a[b', 'a[b'), ('', ''), ('', '*'), ('x', ''), ('foo.py', '*.py'),
         ('foo.pyc', '*.py'), ('é', '?'), ('a^b', 'a[^]b'), ('a b', 'a[ ]b')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.fnmatchcase(b'abc', b'?b?'))
print(fnmatch.fnmatch(b'\xe9t\xe9', b'?t?'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.d.py'], '*.py'))
print(fnmatch.filter([b'a.py', b'b.txt'], b'*.py'))
print(fnmatch.filter(iter(['x1', 'y2', 'x3']), 'x?'))
print(fnmatch.filter([], '*'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(fnmatch.fnmatch(P('abc'), 'a*'), fnmatch.fnmatch('abc', P('*c')))

for args in [('abc', b'a*'), (b'abc', 'a*'), (1, 'a'), ('a', 1), ('a', None)]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
for args in [(['a.py', b'b.txt'], '*.py'), ([1], '*'), (None, '*')]:
    try:
        print(fnmatch.filter(*args))
    except TypeError as e:
        print('filter TypeError', e)
try:
    fnmatch.translate(b'a*')
except TypeError as e:
    print('translate TypeError', e)
print(fnmatch.__all__)
