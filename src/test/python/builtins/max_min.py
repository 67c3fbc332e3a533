print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), max([1, 5, 3], key=lambda x: -x))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), key=len, default="d"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max([(1, "a"), (1, "b")], key=lambda p: p[0]), min([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(max(1, 2.5, True), min(-1, -1.0), max(-1.0, -1), max(float("nan"), 1), max(1, float("nan")))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1, "a"],), {})]:
    try:
        max(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1, 2, key=5)
except TypeError as e:
    print("TypeError", e)
