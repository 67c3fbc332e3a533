# WeakKeyDictionary and WeakValueDictionary are mappings, which are not reversible:
# reversed() raises TypeError (__reversed__ is None, as in collections.abc.Mapping).
import collections.abc
import weakref


class K:
    pass


k = K()
for d in (weakref.WeakKeyDictionary({k: 1}), weakref.WeakValueDictionary({1: k})):
    print(type(d).__reversed__, isinstance(d, collections.abc.Reversible), isinstance(d, collections.abc.MutableMapping))
    try:
        reversed(d)
    except TypeError as e:
        print("TypeError:", e)
    print(list(d.keys()) == list(d), len(d))
print(hasattr(weakref, "GenericAlias"))
