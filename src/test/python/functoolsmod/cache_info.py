# CacheInfo behaves as the named tuple CPython uses.
import functools
f = functools.lru_cache(lambda x: x)
f(1); f(1)
i = f.cache_info()
print(i, i._asdict(), i._replace(hits=5), type(i)._make([1,2,3,4]), i._fields, i.__match_args__, i._field_defaults)
try: type(i)._make([1])
except TypeError as e: print(e)
try: i._replace(x=1)
except ValueError as e: print(e)
try: i.hits = 3
except AttributeError as e: print("AttributeError")
print(type(i).__doc__)
print(repr(type(i)))
