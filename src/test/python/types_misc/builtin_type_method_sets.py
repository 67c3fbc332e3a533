# the whole method sets of the built-in types, as dir() lists them
import sys


def f():
    pass


types = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
         slice, type(None), type(Ellipsis), property, super, enumerate, map, filter,
         type(f), type({}.keys()), type({}.values()), type({}.items()), type(sys)]
for t in types:
    print(t.__name__, sorted(n for n in dir(t) if n not in ('__annotations__', '__dict__', '__text_signature__')))
