g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(2) for y in "ab"))
print(sorted((c for c in "banana" if c != "n"), reverse=True))
print(", ".join(str(i) for i in range(4)))


def first_iter_evaluated_eagerly():
    try:
        g = (x for x in 1 / 0)
    except ZeroDivisionError:
        print("eager ZeroDivisionError")
    g = (1 / 0 for x in range(2))
    print("created lazily")
    try:
        next(g)
    except ZeroDivisionError:
        print("lazy ZeroDivisionError")


first_iter_evaluated_eagerly()
nums = [1, 2, 3]
g = (n for n in nums)
nums.append(4)
print(list(g))
nums = [1, 2, 3]
g = (n for n in nums)
nums = [9]
print(list(g))
print(any(x > 3 for x in range(5)), all(x > 3 for x in range(5)))
