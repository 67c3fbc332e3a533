print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{name} {0}".format(5, name="n"))
print("{0[1]} {0[key]} {1.real} {1.imag}".format({"1": "no", 1: "one", "key": "k"} if False else [0, "idx1"], 3 + 4j) if False else "{0[1]} {1[key]} {2.real}".format([0, "idx1"], {"key": "k"}, 3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{{literal}} {}".format(1), "{:{}}|".format("x", 5), "{:{fill}^{w}}".format("m", fill="*", w=7))
print("{0:>5}|{0:<5}|{0:^5}|{0:*^6}|".format("ab"), "{:.3}".format("abcdef"), "{:>8.2f}".format(3.14159), "{:,}".format(1234567), "{:08.3f}".format(-3.5))
print("{} {}".format(*"xy"), "{a}-{b}".format(**{"a": 1, "b": 2}), "{0}{1}{0}".format("ab", "cd"))


class P:
    def __init__(self):
        self.x = 5
        self.items = ["i0", "i1"]


print("{0.x} {0.items[1]} {p.x}".format(P(), p=P()))
cases = [("{}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{:d}", ("s",)),
         ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{:>>}", (1,)), ("{0:{1}}", (1, "z"))]
for fmt, args in cases:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{x}".format_map({"x": 1}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b}".format_map(Default(a=1)))
