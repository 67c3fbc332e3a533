# __getitem__ iteration, __contains__, __call__, __enter__/__exit__, __format__/__str__/__repr__
class It:
    def __getitem__(s, i):
        if i > 3:
            raise IndexError
        return i * 2


print(list(It()), 4 in It(), 5 in It())


class Ct:
    def __contains__(s, x): return x == 'y'


print('y' in Ct(), 'z' not in Ct())


class Call:
    def __call__(s, *a, **k): return a, k


print(Call()(1, b=2), callable(Call()), callable(Call), callable(Ct()))


class Ctx:
    def __enter__(s): print('enter'); return 'val'
    def __exit__(s, *a): print('exit', a[0].__name__ if a[0] else None); return True


with Ctx() as c:
    print(c)
    raise ValueError
with Ctx():
    pass
print('after')


class F:
    def __format__(s, spec): return 'F[' + spec + ']'
    def __str__(s): return 'strF'
    def __repr__(s): return 'reprF'


print(format(F(), 'abc'), f'{F():xy}', f'{F()!r}', f'{F()!s}', str(F()), repr(F()), '{}'.format(F()), '%s %r' % (F(), F()))


class It2:
    def __iter__(s): return s
    def __next__(s): raise StopIteration


print(list(It2()), [x for x in It2()])
