def v(label, value=None):
    print("eval", label)
    return label if value is None else value


def f(*a, **k):
    return a, sorted(k)


f(v("a"), v("b"), c=v("c"), *[v("star")], **{v("kw"): 1})
print("--- subscript assignment")
d = {}
d[v("key")] = v("value")
print("--- multiple targets left to right")


class R:
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)


r = R()
r.x = r.y = v("rhs")
print("--- binary operands")
v(1, 1) + v(2, 2) * v(3, 3)
print("--- dict display")
{v("k1"): v("v1"), v("k2"): v("v2")}
print("--- compare")
v(1, 1) < v(2, 2)
print("--- call target before args")
v("func", print)(v("arg"))
print("--- augmented")
lst = [0]
lst[v("index", 0)] += v("inc", 1)
print(lst)
