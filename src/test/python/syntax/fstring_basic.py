name = "world"
n = 42
pi = 3.14159
print(f"hello {name}")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:>5}|")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:g}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}")
print(f"{n:08.2f} {-n:+d} {n:+d} {n: d}")
print(f"{'abc':*^9} {'abc':-<6} {'abc':>6}")
print(f"{{literal}} {{{n}}}")
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{n=} {name=!s} {pi=:.1f} {n + 1 = }")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{name:{'>' if n else '<'}{width}}|")
print(f"{[1, 2][0]} {dict(a=1)['a']} {(lambda: 'L')()}")
print(f"{'nested ' + f'{n}'}")
print(f"{3 + 4j} {1e10} {1e-5} {10**20}")
print(f"a" f"b{n}" "c")
print(F"upper {n}", rf"raw\n{n}", fr"\t{n}")
print(f"""triple
{name}""")
print(f"{n:{'x'}}", f"{True} {None}")
