print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", (list, str)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), frozenset), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), isinstance(object, object), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str, type(int | str).__name__, (int | None) == (None | int) if False else int | None)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError", e)
