# eval/exec/compile with explicit namespaces, modes and errors; globals/locals/vars/dir
print(eval('1+2'), eval('x*2', {'x': 4}), eval('y', {}, {'y': 7}))
exec('z = 5')
print(z)
g = {}
exec('def f(): return 3', g)
print(g['f'](), '__builtins__' in g)
code = compile('a = 1\nprint(a)', '<s>', 'exec')
exec(code)
print(compile('1+1', '<e>', 'eval').co_filename, eval(compile('1+1', '<e>', 'eval')))
try:
    compile('1 +', '<s>', 'exec')
except SyntaxError as e:
    print(e, e.lineno, e.offset)
try:
    eval('import os')
except SyntaxError as e:
    print(e)
try:
    compile('x', 's', 'bogus')
except ValueError as e:
    print(e)
exec(compile('x = 1', 'f', 'single'))
print(sorted(k for k in globals() if k in ('g', 'z', 'x')), globals()['__name__'])


def loc():
    a = 1
    b = 2
    return sorted(locals().items())


print(loc(), len(dir()) > 3)


class D:
    def __dir__(s): return ['b', 'a']


print(dir(D()), vars(type('T', (), {'a': 1}))['a'])
try:
    vars(1)
except TypeError as e:
    print(e)
ns = {}
exec('import math as m\nr = m.floor(2.5)', ns)
print(ns['r'], type(ns['m']).__name__)
