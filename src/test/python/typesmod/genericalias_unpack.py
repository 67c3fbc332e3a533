# Iterating a types.GenericAlias gives its unpacked form (*tuple[int, str], PEP 646):
# __unpacked__ is true, __typing_unpacked_tuple_args__ holds a tuple's arguments; a star
# annotation of *args stores that form.
import types
import typing

a = tuple[int, str]
u = [*a]
print(u, len(u), type(u[0]) is types.GenericAlias, u[0].__unpacked__, a.__unpacked__)
print(u[0] == a, u[0] == [*a][0], hash(u[0]) == hash(a), u[0].__origin__, u[0].__args__)
print(repr(next(iter(list[int]))), next(iter(list[int])).__unpacked__)
it = iter(a)
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(a.__typing_unpacked_tuple_args__, u[0].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__)
print(tuple[int, ...].__typing_unpacked_tuple_args__, [*tuple[int, ...]][0].__typing_unpacked_tuple_args__)
print(tuple[int, *tuple[str, ...]])
T = typing.TypeVar("T")
x = [*tuple[T]][0][int]
print(x, x.__unpacked__)


def f(*args: *tuple[int, str]):
    pass


def g(*args: *[1]):
    pass


print(f.__annotations__, g.__annotations__)
try:
    def h(*args: *[1, 2]):
        pass
except ValueError as e:
    print("ValueError:", e)
