def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found at", idx)
            break
    else:
        print("not found")


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    continue
else:
    print("else after continue-only loop, i =", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")


def ret_in_loop():
    for x in range(5):
        if x == 1:
            return "returned"
    else:
        return "else"


print(ret_in_loop())
