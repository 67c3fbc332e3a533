# functools.get_cache_token is abc.get_cache_token: a token that compares equal until
# some ABC registers a class (a repeated registration changes nothing).
import abc
import functools

print(functools.get_cache_token is abc.get_cache_token, "get_cache_token" in functools.__all__)
t = functools.get_cache_token()


class Shape(abc.ABC):
    pass


print(functools.get_cache_token() == t)
Shape.register(int)
t2 = functools.get_cache_token()
print(t2 == t)
Shape.register(int)
print(functools.get_cache_token() == t2)
Shape.register(float)
print(functools.get_cache_token() == t2)
