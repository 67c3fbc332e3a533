# type.__setattr__/__delattr__ called explicitly (as metaclasses do), and the reprs of
# classmethod and staticmethod objects.
class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", name)
        super().__setattr__(name, value)


class A(metaclass=Meta):
    pass


A.x = 1
type.__setattr__(A, 'y', 2)
print(A.x, A.y)
type.__delattr__(A, 'y')
print(hasattr(A, 'y'))
type.__setattr__(A, '__new__', lambda cls: 'made by new')
print(A())
for bad in (lambda: type.__setattr__(int, 'x', 1),
            lambda: type.__delattr__(A, 'missing')):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class B:
    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass


print(repr(B.__dict__['c']).split(' at ')[0], repr(B.__dict__['s']).split(' at ')[0])
print(classmethod(len), staticmethod(abs))


# A class's __doc__ and __module__ can be set (dataclasses and make_dataclass do).
class C:
    "old"


C.__doc__ = 'new'
C.__module__ = 'elsewhere'
print(C.__doc__, C.__module__, C)
for target, attr in ((C, '__doc__'), (C, '__module__'), (int, '__doc__'), (int, '__module__')):
    try:
        if target is C:
            delattr(target, attr)
        else:
            setattr(target, attr, 'x')
    except TypeError as e:
        print(e)
