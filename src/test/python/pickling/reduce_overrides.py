# __getnewargs_ex__, __getnewargs__, __getstate__ and __reduce__ overrides steer object.__reduce_ex__


def show(r):
    if not isinstance(r, tuple):
        return r
    return tuple(x.__name__ if callable(x) and not isinstance(x, type) else x for x in r)


class NewArgsEx:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


class NewArgs:
    def __getnewargs__(self):
        return (1, 2)


class State:
    def __getstate__(self):
        return 'state'


class Reduce:
    def __reduce__(self):
        return (Reduce, ())


print(show(NewArgsEx().__reduce_ex__(2)))
print(show(NewArgs().__reduce_ex__(2)))
print(show(State().__reduce_ex__(2)), show(State().__reduce_ex__(0)))
print(Reduce().__reduce_ex__(2), Reduce().__reduce_ex__(0))


class BadArgs:
    def __getnewargs__(self):
        return 5


class BadEx1:
    def __getnewargs_ex__(self):
        return (1,)


class BadEx2:
    def __getnewargs_ex__(self):
        return ([], {})


class BadEx3:
    def __getnewargs_ex__(self):
        return ((), [])


for cls in (BadArgs, BadEx1, BadEx2, BadEx3):
    try:
        cls().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (x for x in []).__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)
try:
    (x for x in []).__reduce_ex__(0)
except TypeError as e:
    print("TypeError", e)
