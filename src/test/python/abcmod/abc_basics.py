# abc: ABCMeta, ABC, abstractmethod and the deprecated helpers; instantiation errors
import abc
from abc import ABC, ABCMeta, abstractmethod


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base run'

    @abstractmethod
    def stop(self):
        pass

    def helper(self):
        return 'helper'


print(sorted(Base.__abstractmethods__), type(Base).__name__, Base.__module__, ABC.__slots__)
t(lambda: Base())


class Half(Base):
    def run(self):
        return super().run() + ' via Half'


t(lambda: Half())
print(sorted(Half.__abstractmethods__))


class Full(Half):
    def stop(self):
        return 'stopped'


f = Full()
print(f.run(), f.stop(), f.helper(), Full.__abstractmethods__, isinstance(f, Base))


class WithProps(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


print(sorted(WithProps.__abstractmethods__))
t(lambda: WithProps())


class Old(ABC):
    @abc.abstractproperty
    def p(self):
        return 1

    @abc.abstractclassmethod
    def c(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def s():
        return 's'


print(sorted(Old.__abstractmethods__), Old.c(), Old.s())
print(abc.abstractproperty.__isabstractmethod__, issubclass(abc.abstractclassmethod, classmethod),
      issubclass(abc.abstractstaticmethod, staticmethod), issubclass(abc.abstractproperty, property))


class Impl(Old):
    p = 5

    @classmethod
    def c(cls):
        return 'impl'

    @staticmethod
    def s():
        return 'impl s'


print(Impl().p, Impl.c(), Impl.s())
print(abstractmethod(lambda: 0).__isabstractmethod__)


class Later(ABC):
    def go(self):
        pass


Later.go = abstractmethod(Later.go)
print(Later.__abstractmethods__)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
t(lambda: Later())
del Later.go
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, type(Later()).__name__)


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))


class Many(ABC):
    @abstractmethod
    def c(self): pass

    @abstractmethod
    def a(self): pass

    @abstractmethod
    def b(self): pass


t(lambda: Many())


class Meta2(ABCMeta):
    pass


class UsesMeta2(metaclass=Meta2):
    @abstractmethod
    def m(self): pass


t(lambda: UsesMeta2())
print(isinstance(UsesMeta2, ABCMeta), type(abc.get_cache_token()).__name__)
