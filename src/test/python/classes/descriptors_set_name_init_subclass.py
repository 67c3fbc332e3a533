# __init_subclass__ with keywords, __set_name__, and a user data descriptor's __get__/__set__/__delete__
class A:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()


class B(A, flag=1):
    pass


class D:
    def __set_name__(s, owner, name): print('set_name', owner.__name__, name); s.name = name
    def __get__(s, obj, typ=None): return ('get', obj is None, typ.__name__)
    def __set__(s, obj, v): print('set', v)
    def __delete__(s, obj): print('delete')


class U:
    d = D()


u = U()
print(u.d, U.d)
u.d = 3
del u.d
try:
    class Bad(A, nope=1, **{}):
        pass
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError", e)
