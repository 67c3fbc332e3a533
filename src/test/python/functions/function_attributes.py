def sample(a, b=2, *args, c, d=4, **kw):
    """Sample docstring."""
    local = a + b
    return local


print(sample.__name__)
print(sample.__qualname__)
print(sample.__doc__)
print(sample.__defaults__)
print(sample.__kwdefaults__)
print(sample.__module__)
print(sample.__code__.co_name)
print(sample.__code__.co_argcount)
print(sample.__code__.co_kwonlyargcount)
print(sample.__code__.co_varnames)
print(sample.__code__.co_firstlineno)
print(sample.__code__.co_nlocals)
print(type(sample).__name__, callable(sample))


class Cls:
    def method(self):
        def nested():
            pass
        return nested

    class Inner:
        def deep(self):
            pass


print(Cls.method.__qualname__, Cls().method().__qualname__, Cls.Inner.deep.__qualname__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__, lam.__kwdefaults__)
sample.custom = "attr"
print(sample.custom, sample.__dict__)
sample.__name__ = "renamed"
print(sample.__name__, sample.__code__.co_name)
sample.__doc__ = "new doc"
print(sample.__doc__)
