print(type(1), type("s"), type([]), type(None), type(type), type(print), type(lambda: 0).__name__, type(len).__name__)
print(type(1) is int, type(True) is bool, type(1) == int, type(int) is type)
print(object().__class__.__name__, type(object()).__name__, type(type(1)).__name__)


def f():
    yield 1


print(type(f).__name__, type(f()).__name__, type(iter([])).__name__, type(x for x in []).__name__, type(range(1)).__name__, type({}.keys()).__name__)
print(type(1.0).__name__, type(1j).__name__, type(b"").__name__, type(bytearray()).__name__, type(...).__name__, type(NotImplemented).__name__, type(slice(1)).__name__)
print(type([].append).__name__, type(len).__name__, type(print).__name__)
