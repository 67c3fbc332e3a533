# Calling GenericAlias directly, as classmethod(GenericAlias) does for __class_getitem__.
GenericAlias = type(list[int])
print(GenericAlias(list, int), GenericAlias(dict, (str, int)), GenericAlias(tuple, ()))


class Box:
    __class_getitem__ = classmethod(GenericAlias)


print(Box[int].__origin__ is Box, Box[int, str].__args__)
for args, kwargs in [((list,), {}), ((list, int), {"x": 1}), ((), {})]:
    try:
        GenericAlias(*args, **kwargs)
    except TypeError as e:
        print(e)
