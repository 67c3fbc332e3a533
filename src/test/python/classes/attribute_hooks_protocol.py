# __getattr__, __getattribute__, __setattr__, __delattr__ and the getattr/setattr/delattr builtins
class GA:
    def __getattr__(s, n): return 'ga:' + n
    def __setattr__(s, n, v): object.__setattr__(s, n, v * 2)
    def __delattr__(s, n): print('del', n)


g = GA()
g.a = 2
print(g.a, g.b, getattr(g, 'zz'), hasattr(g, 'anything'))
del g.a


class GAT:
    def __getattribute__(s, n):
        if n == 'q':
            raise AttributeError(n)
        return 'gat:' + n
    def __getattr__(s, n): return 'fallback:' + n


print(GAT().x, GAT().q)


class O:
    pass


o = O()
setattr(o, 'x', 1)
print(o.x, vars(o))
delattr(o, 'x')
print(hasattr(o, 'x'), getattr(o, 'x', 'dflt'))
for f in (lambda: getattr(o, 'x'), lambda: getattr(o, 5), lambda: delattr(o, 'x'), lambda: object().y,
          lambda: setattr(object(), 'y', 1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
