# os.PathLike and os.DirEntry are generic in annotations: Class[X] is a
# types.GenericAlias whose origin is the class.
import os
import types

for cls in (os.PathLike, os.DirEntry):
    alias = cls[str]
    print(alias, type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__)
print(os.PathLike[bytes] == os.PathLike[bytes], os.PathLike[str] == os.PathLike[bytes])
print(os.DirEntry[int, str].__args__, os.PathLike.__class_getitem__(str))


def fspath_of(p: os.PathLike[str]) -> str:
    return os.fspath(p)


print(fspath_of.__annotations__)
try:
    isinstance("x", os.PathLike[str])
except TypeError as e:
    print("TypeError:", e)
