# types.GenericAlias (list[T]) with typing TypeVars: __parameters__ and substitution.
from typing import *
T=TypeVar('T'); S=TypeVar('S')
def e(f):
    try: r = f(); print('OK', repr(r))
    except Exception as x: print(type(x).__name__, x)
e(lambda: list[T].__parameters__)
e(lambda: dict[T, list[S]].__parameters__)
e(lambda: dict[T, list[S]][int, str])
e(lambda: list[T][int, str])
e(lambda: dict[T, S][int])
e(lambda: list[int][int])
e(lambda: list[List[T]][int])
e(lambda: tuple[T, ...][int])
e(lambda: dict[T, T][int])
e(lambda: list[int].__parameters__)
e(lambda: T.__typing_subst__(int))
e(lambda: List[list[T]][str])
