def mutate(lst):
    lst.append("mutated")


def rebind(lst):
    lst = ["rebound"]
    return lst


data = [1]
mutate(data)
print(data)
print(rebind(data), data)


def modify_int(n):
    n += 1
    return n


x = 5
print(modify_int(x), x)


def modify_tuple(t):
    t += (99,)
    return t


tup = (1,)
print(modify_tuple(tup), tup)


def args_is_tuple(*args):
    return type(args).__name__, args


lst = [1, 2]
print(args_is_tuple(*lst))


def kwargs_is_new_dict(**kw):
    kw["x"] = 0
    return kw


src = {"y": 1}
out = kwargs_is_new_dict(**src)
print(out, src, out is src)
