a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), repr(dict[str, list[int]]), list[int] == list[int], hash(list[int])==hash(list[int]))
print(list[int]([1,2]), tuple[()], tuple[int, ...], list[int, str], type[int])
u = int | str
print(u.__args__, type(u), int | str | None, int | int, (int | str) == (str | int), int | list[int])
print(isinstance(3, int | str), issubclass(bool, int|str))
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print(None | int, repr(type(None) | int))
print(repr(dict[str, 'x']), repr(list[...]), repr(list[None]), repr(list[type(None)]))
class Foo: pass
print(list[Foo], int | Foo)
print(list[int].append, list[int].__name__)
class L(list[int]): pass
print(L.__mro__, L([1]))
print(set[int], frozenset[str], enumerate[int])
