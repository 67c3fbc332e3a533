class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")

    def __repr__(self):
        return "Money(%r)" % self.v

    def __str__(self):
        return "money"


m = Money(3.5)
print(f"{m}", f"{m:.1f}", f"{m!r}", f"{m!s}", f"{m!r:>12}|")
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}')
print(f"{'quote'}", f'{"dq"}', f"""{'''x'''}""")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(map(str, items))}")
print(f"{items[0]:>{items[2]}}|")
v = 255
for spec in ("x", "08b", "#06x", ">6", "^6", "+"):
    print(f"{v:{spec}}|")
print(f"{v!r:>5}", f"{'s'!r:^7}|")
print(f"{3.0:.0f} {2.5:.0f} {1e6:,.1f} {-0.0:.1f}")
x = 10
print(f"{x=:>5}", f"{x = !r}", f"{x*2=}")
print(f"{'{'}{'}'}")
print(f"{x:{''}}")
nested = f"{f'{x:>{3}}'}|"
print(nested)
print(f"{x if x > 5 else 0}", f"{(lambda y: y + 1)(x)}")
print(f"{'a' 'b'}")
