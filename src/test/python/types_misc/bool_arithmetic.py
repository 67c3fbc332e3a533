print(True + True, True - False, True * 7, False * 7, True / 4, True // 1, True % 1, -True, ~True, ~False, True ** 2, False ** 0)
print(True & True, True & False, True | False, True ^ True, False ^ False, type(True & False).__name__, type(True ^ 1).__name__, type(False | 0).__name__)
print(True == 1, False == 0, True < 2, False < True, max(False, True), min([True, 0, 1]))
print(bool(), bool(0), bool(1), bool(""), bool("False"), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None))
print(str(True), repr(False), int(True), float(False), format(True), format(True, "d"), format(True, ">6"), "%s %d" % (True, True), f"{False}")
print(True.real, True.imag, True.numerator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(sum([True] * 10), sorted([True, False, 2, -1, 0.5]), [1, 2, 3][True], "ab"[False])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool.__mro__[1].__name__, isinstance(True, int), issubclass(bool, int))
print(True and 5, False and 5, True or 5, 0 or "", [] or None, not 5, not 0)
print({True: "a", 1: "b", 1.0: "c"})
print(bool(True), bool("0"), bool(0.0), bool(-0.0), bool(0j), bool(1e-300))
