class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(isinstance(b, (C, (int, (A,)))))
print(isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print(issubclass(int, object), isinstance(None, object), isinstance(type, type), isinstance(object, type))
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(B, "A")
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, (int, 5)) if False else "short-circuit ok:", isinstance(1, (int, "x")))
