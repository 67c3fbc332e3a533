print(int("ff", base=16), sorted([3, 1], reverse=True), max([1, 2], key=lambda x: -x), print("p", end="|\n"), round(number=2.567, ndigits=1))
tests = [
    lambda: len(obj=[]),
    lambda: abs(x=1),
    lambda: sorted(iterable=[1]),
    lambda: int(x="5"),
    lambda: divmod(1, b=2),
    lambda: "abc".split(sep="b", maxsplit=1),
    lambda: "abc".find(sub="b"),
    lambda: [].append(object=1),
    lambda: dict(a=1).get(key="a"),
    lambda: enumerate(iterable="ab", start=1),
    lambda: sum([1, 2], start=10),
    lambda: pow(base=2, exp=3, mod=5),
    lambda: getattr(object=1, name="real"),
    lambda: isinstance(1, classinfo=int),
]
for t in tests:
    try:
        r = t()
        print("ok", r if not hasattr(r, "__next__") else list(r))
    except TypeError as e:
        print("TypeError", e)
