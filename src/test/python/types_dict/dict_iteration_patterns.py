prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0}
for name, price in prices.items():
    print(f"{name:<8}{price:>6.2f}")
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(sorted(prices, key=prices.get, reverse=True), [k for k, v in prices.items() if v > 1])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"outer": {"inner": {"leaf": 42}}}
print(nested["outer"]["inner"]["leaf"], nested.get("outer", {}).get("missing", "n/a"))
it = iter({"x": 1, "y": 2})
print(next(it), next(it), next(it, "end"))
items = iter({"x": 1}.items())
print(next(items), type(items).__name__, type(iter({}.values())).__name__, type(iter({})).__name__)
print(list(enumerate({"p": 0, "q": 0})), dict(enumerate("ab")), list(zip({"a": 1, "b": 2}, {"c": 3, "d": 4})))
print(len({}), bool({}), bool({0: 0}), {} == dict(), {1: 2} != {1: 3})
