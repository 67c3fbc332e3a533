# collections.abc: which built-in types are (virtual) subclasses of which ABC, the
# structural __subclasshook__ checks, abstract method sets, generic aliases
import collections.abc as c
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString

print(sorted(c.__all__))
print(c.Iterable, c.Callable[[int], str], c.Callable[..., int], c.Iterable[int], c.Mapping[str, int])
print(c.Callable[[], None], c.Callable[[int, c.Iterable], list[int]].__args__, c.Callable[[int], str].__origin__)
print(c.Callable[[int], str] == c.Callable[[int], str])
try:
    c.Callable[int]
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 1


def func():
    pass


class Cls:
    pass


samples = [list, tuple, str, dict, set, frozenset, bytes, bytearray, range, memoryview,
           type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(())),
           type(iter('')), type(iter({})), type(iter(set())), type(iter(range(3))), type(gen()),
           type(func), int, float, type(None), deque, OrderedDict, defaultdict, Counter, ChainMap,
           UserDict, UserList, UserString, type(reversed([])), type(zip()), Cls, type]
for t in samples:
    print(t.__name__, [n for n in c.__all__ if issubclass(t, getattr(c, n))])
print(isinstance(gen(), c.Generator), isinstance(func, c.Callable), isinstance(None, c.Hashable),
      isinstance([], c.Hashable), isinstance(Cls, c.Callable), isinstance(Cls(), c.Callable))
for name in c.__all__:
    print(name, sorted(getattr(c, name).__abstractmethods__))


class OnlyLen:
    def __len__(self):
        return 0


class OnlyIter:
    def __iter__(self):
        return iter(())


class Full:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


class BlockedIter(OnlyIter):
    __iter__ = None


class Awaity:
    def __await__(self):
        yield


class AsyncIt:
    def __aiter__(self):
        return self

    async_next = None

    def __anext__(self):
        pass


for cls in (OnlyLen, OnlyIter, Full, NoHash, BlockedIter, Awaity, AsyncIt):
    print(cls.__name__, [n for n in c.__all__ if issubclass(cls, getattr(c, n))])
print(c.Set.__hash__, c.Mapping.__reversed__, c.Sized.__slots__, c.KeysView.__slots__)
print(c.KeysView({1: 2}), c.ItemsView({1: 2}), c.ValuesView({1: 2}), len(c.KeysView({1: 2, 3: 4})))
print(c.Set._hash(frozenset([1, 2, 3])) == hash(frozenset([1, 2, 3])), c.Set._hash(frozenset()) == hash(frozenset()))
