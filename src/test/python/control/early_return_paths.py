def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None


grid = [[1, 2], [3, 4], [5, 6]]
print(search(grid, 4), search(grid, 7))


def first_negative(nums):
    i = 0
    while i < len(nums):
        if nums[i] < 0:
            return i
        i += 1


print(first_negative([3, 1, -2, -5]), first_negative([1]))


def guard(x):
    if x is None:
        return "none"
    if not isinstance(x, int):
        return "not int"
    if x < 0:
        return "negative"
    return "ok"


print([guard(v) for v in (None, "s", -1, 5)])


def loop_with_return_in_else(n):
    for i in range(n):
        if i == 10:
            break
    else:
        return "exhausted %d" % n
    return "broke"


print(loop_with_return_in_else(3), loop_with_return_in_else(20))
