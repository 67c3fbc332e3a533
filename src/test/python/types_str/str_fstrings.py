name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}! {n + 1} {pi:.2f} {items[1]} {d['k']} {len(items)}")
print(f"{n!r} {name!r} {name!s} {'é'!a} {n:>6} {n:<6}| {n:06d} {n:#x} {n:,}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:{'*'}^{width}}|")
print(f"{{braces}} {{{n}}} {'nested ' + f'{n}'}")
print(f"{n=} {pi=:.1f} {name=!s} {1 + 1 = }")
print(f"{'a' if n > 0 else 'b'} {[x * 2 for x in items]} {(lambda x: x * 3)(2)} {n:{'>' if n else '<'}5}")
print(f"""multi
{name}
line""")
print(rf"\n{name}\t", fr"{n}\d")
print(f"{3.0:g} {1e6:g} {10 ** 20} {-n} {n % 5} {n // 5}")


class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"


print(f"{Fmt()} {Fmt():xyz} {Fmt():{n}}")
