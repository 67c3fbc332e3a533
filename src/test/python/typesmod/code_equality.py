# Code objects compare equal when they would run alike: name, argument counts, flags, first
# line, instructions, constants of the same types, names and tables; the file name and the
# qualified name do not count. Equal code objects hash alike.
def f(a): return a + 1
c = f.__code__
print(c == c.replace(), c == c.replace(co_filename='x'), c == c.replace(co_qualname='q'), c == c.replace(co_name='g'), c == c.replace(co_firstlineno=99))
print(hash(c) == hash(c.replace(co_filename='x')), c != c.replace(co_name='g'), c.__eq__(5))
a = compile('x = 1', 'a', 'exec'); b = compile('x = 1', 'b', 'exec'); print(a == b)
for s1, s2 in [('x = 1.0', 'x = 1'), ('x = 0.0', 'x = -0.0'), ('x = (1, 2.0)', 'x = (1, 2.0)'), ('def g(): return 1', 'def g(): return 1'), ('def g(): return 1', 'def g(): return 2'), ('x = 1j', 'x = 1j'), ('x = "a"', 'x = "a"'), ('x = "a"', 'x = b"a"')]:
    print(compile(s1, 'a', 'exec') == compile(s2, 'a', 'exec'))
print(len({c, c.replace(), c.replace(co_filename='x')}))
