# The bound-method type can be called as method(function, instance) (types.MethodType).
class C:
    def m(self):
        return 'm of ' + type(self).__name__


M = type(C().m)


def free(self, x):
    return (type(self).__name__, x)


bm = M(free, C())
print(bm(5), bm.__func__ is free, type(bm.__self__).__name__)
print(M(len, [1, 2])())


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: M(1, 2))
t(lambda: M(len, None))
t(lambda: M(len))
t(lambda: M(len, 1, a=2))
t(lambda: M(len, 1, 3))
