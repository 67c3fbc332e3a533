print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 >= 2 <= 3)
x = 5
print(0 <= x < 10, 0 < x < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] is not None)
a = []
print(a is a is not None)


def val(n):
    print("eval", n)
    return n


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(val(1) == val(1) < val(0) < val(99))
print((1 < 2) < 3, 1 < (2 < 3))
print(not 1 > 2, not (1 < 2 < 3))
