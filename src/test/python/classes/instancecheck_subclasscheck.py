class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


class Stone:
    pass


print(isinstance(Robot(), Duck))
print(isinstance(Stone(), Duck))
print(issubclass(Robot, Duck))
print(issubclass(Stone, Duck))
print(isinstance(Robot(), (int, Duck)))
d = Duck()
print(isinstance(d, Duck))


class Sub(Duck):
    pass


print(isinstance(Sub(), Duck))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])
print(isinstance("2", EvenNumber))
