# copyreg: constructors, the dispatch table and the extension registry
import copyreg


class C:
    pass


class I(int):
    pass


print(type(copyreg.__newobj__(C)).__name__, copyreg.__newobj_ex__(I, (7,), {}), copyreg._reconstructor(I, int, 4))
print(type(copyreg._reconstructor(C, object, None)).__name__, sorted(copyreg.__all__))
print(copyreg.dispatch_table[complex](3 + 4j))
copyreg.pickle(C, lambda o: (C, ()))
print(C in copyreg.dispatch_table)
for bad in ((C, 5), (C, len, 5)):
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print("TypeError", e)
copyreg.add_extension('m', 'n', 5)
copyreg.add_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in (('m', 'n', 6), ('x', 'y', 5), ('m', 'n', 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError", e)
copyreg.remove_extension('m', 'n', 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.remove_extension('m', 'n', 5)
except ValueError as e:
    print("ValueError", e)
copyreg.clear_extension_cache()
print(copyreg._extension_cache)


class Slotted:
    __slots__ = ['a', '__b', '__dict__', '__weakref__']


class Sub(Slotted):
    __slots__ = 'c'


print(copyreg._slotnames(Sub), Sub.__slotnames__, copyreg._slotnames(C))
print(str.__flags__ & (1 << 9), C.__flags__ & (1 << 9), C.__flags__ & (1 << 10))
