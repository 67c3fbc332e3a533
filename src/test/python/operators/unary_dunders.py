class U:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "invert"

    def __abs__(self):
        return "abs"


u = U()
print(-u, +u, ~u, abs(u))
print(-(-5), +(-5), ~5, ~-1, abs(-7), abs(-2.5), -0.0, abs(-0.0))
print(-True, +True, ~True, ~False, abs(False))
print(not u, not not u)


class Empty:
    pass


for op, fn in [("-", lambda v: -v), ("+", lambda v: +v), ("~", lambda v: ~v), ("abs", abs)]:
    try:
        fn(Empty())
    except TypeError as e:
        print(op, "TypeError", e)
for bad in ["s", [1], None, 1.5]:
    try:
        ~bad
    except TypeError as e:
        print("TypeError", e)
try:
    -"s"
except TypeError as e:
    print("TypeError", e)
try:
    abs("s")
except TypeError as e:
    print("TypeError", e)
