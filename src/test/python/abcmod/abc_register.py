# abc: register, __subclasshook__, isinstance/issubclass with caches, cache token, errors
import abc
from abc import ABC, abstractmethod


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    pass


class Square:
    pass


tok = abc.get_cache_token()
print(issubclass(Square, Shape), isinstance(Square(), Shape))
print(Shape.register(Square) is Square, abc.get_cache_token() != tok)
print(issubclass(Square, Shape), isinstance(Square(), Shape), Shape.register(Square) is Square)


class SubSquare(Square):
    pass


print(issubclass(SubSquare, Shape), isinstance(SubSquare(), Shape))


@Shape.register
class Circle:
    pass


print(Circle.__name__, issubclass(Circle, Shape), Shape in Circle.__mro__)
t(lambda: Shape.register(3))
t(lambda: issubclass(3, Shape))
t(lambda: isinstance(3, 3))
t(lambda: Square.register)


class Top(ABC):
    pass


class Bottom(Top):
    pass


t(lambda: Bottom.register(Top))
print(Top.register(Bottom) is Bottom)
Top.register(int)
print(issubclass(bool, Top), isinstance(True, Top), issubclass(float, Top))


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Mallard(Duck):
    pass


print(issubclass(Duck, Quacks), issubclass(Mallard, Quacks), issubclass(int, Quacks), isinstance(Duck(), Quacks))


class LoudQuacks(Quacks):
    pass


print(issubclass(Duck, LoudQuacks))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


t(lambda: issubclass(int, BadHook))


class Virt(ABC):
    pass


class Child(Virt):
    pass


class Other:
    pass


print(issubclass(Other, Virt))
Child.register(Other)
print(issubclass(Other, Child), issubclass(Other, Virt), isinstance(Other(), Virt))
Virt._abc_registry_clear()
Virt._abc_caches_clear()
print(issubclass(Other, Virt))


class Fake:
    __class__ = Square


print(isinstance(Fake(), Shape), isinstance(Fake(), Square))
