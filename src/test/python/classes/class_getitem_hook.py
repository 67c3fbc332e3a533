class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)


print(Box[int])
print(Box["x"])


class SubBox(Box):
    pass


print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError", e)
print(list[int])
print(dict[str, int])
print(tuple[int, ...])
print(list[int] == list[int])
print(type(list[int]).__name__)
print(list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
