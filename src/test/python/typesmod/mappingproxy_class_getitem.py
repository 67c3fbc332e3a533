# types.MappingProxyType[K, V] is a types.GenericAlias; calling the alias makes a proxy.
import types

alias = types.MappingProxyType[str, int]
print(alias, type(alias) is types.GenericAlias, alias.__origin__ is types.MappingProxyType, alias.__args__)
p = alias({"a": 1})
print(type(p) is types.MappingProxyType, p["a"], dict(p))
print(type(int.__dict__)[str, object].__origin__ is types.MappingProxyType)
