a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
a.insert(-100, "very-start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count("zz"))
print(a.index(1, 2), a.index(0, -4, -1))
b = a.copy()
b.reverse()
print(b, a is b, a == b[::-1])
b.clear()
print(b, len(b))
for f, args in [(a.remove, ("zz",)), (a.index, ("zz",)), (a.index, (3, 1)), ([].pop, ()), (a.pop, (100,)), ([1].pop, (-2,))]:
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    a.append()
except TypeError as e:
    print("TypeError", e)
try:
    a.extend(5)
except TypeError as e:
    print("TypeError", e)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c, c * 2, [0] * 3, [[]] * 2, -1 * c)
