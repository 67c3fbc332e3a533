# Aliases of collections.abc, collections, contextlib and re classes, and Callable.
from typing import *
import typing


def e(f):
    """Print what calling f gives: its repr, or the exception."""
    try:
        r = f()
        print("OK", repr(r))
    except Exception as x:
        print(type(x).__name__, x)


T = TypeVar('T'); S = TypeVar('S'); P = ParamSpec('P')
e(lambda: Callable[int, str])
e(lambda: Callable[[int], str])
e(lambda: Callable[..., int])
e(lambda: Callable[[], int])
e(lambda: Callable[[int, str], T][[bytes, int], T])
e(lambda: Callable[[int], T][str])
e(lambda: Callable[[int], str].__args__)
e(lambda: Callable)
e(lambda: get_origin(Callable[[int], str]))
e(lambda: get_args(Callable[[int], str]))
e(lambda: get_args(Callable[..., str]))
e(lambda: typing.Hashable)
e(lambda: typing.Sized)
e(lambda: typing.Iterable[int])
e(lambda: typing.Generator[int, None, None])
e(lambda: typing.Generator)
e(lambda: typing.Iterable.__origin__)
e(lambda: typing.ContextManager)
e(lambda: typing.ContextManager[int])
e(lambda: typing.Pattern)
e(lambda: typing.Pattern[str])
e(lambda: typing.Match[bytes])
e(lambda: typing.IO[str])
e(lambda: typing.TextIO)
e(lambda: typing.BinaryIO.__mro__)
e(lambda: typing.DefaultDict[str, int])
e(lambda: typing.Deque[int])
e(lambda: typing.OrderedDict[str, int])
e(lambda: typing.Counter[str])
e(lambda: typing.ChainMap[str, int])
e(lambda: typing.AbstractSet[int])
e(lambda: typing.ByteString)
e(lambda: typing.Hashable[int])
e(lambda: isinstance([], typing.Iterable))
e(lambda: issubclass(list, typing.Sequence))
e(lambda: isinstance({}, typing.Mapping))
e(lambda: typing.Type[T][int])
e(lambda: typing.Tuple[int, str].__args__)
e(lambda: typing.Tuple.__origin__)
e(lambda: typing.Tuple[()].__args__)
e(lambda: typing.Callable[[int], str].__parameters__)
e(lambda: typing.Callable[Concatenate[int, P], T])
e(lambda: typing.Callable[Concatenate[int, P], T][[str], bytes])
e(lambda: typing.Callable[P, T])
e(lambda: typing.Callable[Concatenate[int, P], T])
e(lambda: typing.Callable[Concatenate[int, P], T][[str], bytes])
e(lambda: typing.Callable[P, T][[int, str], bytes])
e(lambda: typing.Callable[P, T][..., bytes])
e(lambda: get_args(typing.Callable[[], int]))
e(lambda: get_args(typing.Callable[P, int]))
e(lambda: typing.Callable.__class__.__name__)
e(lambda: typing.Callable[[int], str].__class__.__name__)
e(lambda: typing.Callable[int])
e(lambda: isinstance(len, typing.Callable))
e(lambda: isinstance(3, typing.Callable))
e(lambda: isinstance(len, typing.Callable[[int], int]))
e(lambda: typing.Iterable[T][int])
e(lambda: typing.Mapping[str, T][int])
e(lambda: typing.Mapping[str, int] == typing.Mapping[str, int])
e(lambda: typing.Generator[int, None, None].__args__)
e(lambda: typing.Coroutine[None, None, int])
e(lambda: typing.AsyncGenerator[int, None])
e(lambda: typing.KeysView[str])
e(lambda: typing.ItemsView[str, int])
e(lambda: typing.ValuesView[int])
e(lambda: typing.MutableMapping[str, int])
e(lambda: typing.MutableSequence[int])
e(lambda: typing.MutableSet[int])
e(lambda: typing.Collection[int])
e(lambda: typing.Container[int])
e(lambda: typing.Reversible[int])
e(lambda: typing.Iterator[int])
e(lambda: typing.Awaitable[int])
e(lambda: typing.AsyncIterable[int])
e(lambda: typing.AsyncIterator[int])
e(lambda: typing.Sized[int])
e(lambda: typing.Deque())
e(lambda: typing.DefaultDict(list))
e(lambda: typing.DefaultDict[str, list]().__class__.__name__)
e(lambda: typing.Counter('abca').most_common(1))
e(lambda: typing.OrderedDict(a=1))
e(lambda: typing.Pattern.__origin__.__name__)
e(lambda: issubclass(dict, typing.MutableMapping))
e(lambda: isinstance(iter([]), typing.Iterator))
e(lambda: isinstance([], typing.Iterator))
def gen():
    yield 1
e(lambda: isinstance(gen(), typing.Generator))
def f():
    class MyMap(typing.Mapping[str, int]):
        def __getitem__(self, k): return 1
        def __iter__(self): return iter(['a'])
        def __len__(self): return 1
    m = MyMap()
    return dict(m), MyMap.__mro__[:2], MyMap.__parameters__, 'a' in m
e(f)
def f():
    class MyIter(typing.Iterator[T]):
        def __next__(self): raise StopIteration
    return MyIter.__parameters__, list(MyIter()), MyIter[int]
e(f)
def f():
    class P1(typing.Iterable[T], Protocol[T]):
        pass
    return P1.__parameters__
e(f)
e(lambda: sorted(typing.__all__) == sorted(set(typing.__all__)))
e(lambda: typing.Callable[[int], str] is typing.Callable[[int], str])
