# a sweep over builtins functions: results and CPython's error messages
print(abs(-3), all([]), any([0, 1]), ascii('é\n'), bin(-5), bool(), callable(len), chr(0x1F600), chr(65))
print(divmod(-7, 2), divmod(7.5, 2), list(enumerate('ab', 5)), list(filter(None, [0, 1, 2])), format(3.14159, '.2f'), format(5))
print(getattr(1, 'real'), getattr(1, 'nope', 'dflt'), hasattr(1, 'real'), hex(255), oct(8), int('ff', 16), isinstance(1, (int, str)))
print(list(iter(iter([1, 2]))), len('abc'), list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), max(1, 3, 2), max([], default=0),
      min('bca'), max([1, 2], key=lambda x: -x))
print(next(iter([]), 'end'), ord('a'), pow(2, 10), pow(2, -1), pow(3, -1, 7), pow(2, 3, 5), repr('x'))
print(round(2.5), round(3.5), round(1.2345, 2), round(-0.5), round(15, -1), round(25, -1))
print(sorted([3, 1, 2], reverse=True), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), list(zip('ab', [1, 2, 3])),
      list(reversed(range(3))))
print(slice(1, 2), id(1) == id(1), hash(1), hash(1.0), hash(-1), hash(()) == hash(()), type(print).__name__)
print(issubclass(bool, int), issubclass(int, (str, object)), type.__call__(int, '5'), __import__('math').pi)
print(delattr.__name__, input.__name__, open.__name__, print.__name__, __build_class__.__name__)
for f in (lambda: chr(0x110000), lambda: max([]), lambda: min(), lambda: sum(['a'], ''), lambda: list(zip('ab', [1], strict=True)),
          lambda: ord('ab'), lambda: pow(2, 3, 0), lambda: divmod(1, 0), lambda: next(iter([])), lambda: hash([]),
          lambda: sorted([1, 'a']), lambda: int('abc'), lambda: float('abc'), lambda: int('5', 1), lambda: isinstance(1, 2)):
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError, StopIteration) as e:
        print(type(e).__name__, e)
