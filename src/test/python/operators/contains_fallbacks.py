class WithContains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == 1


class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem())
print(99 in WithGetitem())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print("TypeError", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)


class Truthy:
    def __contains__(self, item):
        return "yes"


print(1 in Truthy())


class Weird:
    def __eq__(self, other):
        return True


print(Weird() in [1, 2], 5 in [Weird()])
nan = float("nan")
print(nan in [nan], nan == nan)
print("ab" in "cabd", "" in "x", "x" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
