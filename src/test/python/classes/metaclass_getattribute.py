# A metaclass's __getattribute__ runs for attribute reads on its classes.
class Meta(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print("read", name)
        return super().__getattribute__(name)


class C(metaclass=Meta):
    a = 1

    def m(self):
        return 2


print(C.a, C().m(), C.m(C()))
print(getattr(C, 'a'), hasattr(C, 'zz'))
try:
    C.missing
except AttributeError as e:
    print(e)


class Loud(type):
    def __getattribute__(cls, name):
        if name == 'secret':
            return 'intercepted'
        return type.__getattribute__(cls, name)

    def __getattr__(cls, name):
        return 'fallback ' + name


class D(metaclass=Loud):
    secret = 'hidden'


print(D.secret, D.other, D.__name__)
