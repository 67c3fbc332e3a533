tests = ["sum()", "sum(iterable=[1])", "sum([1],2,3)", "sum([1], foo=1)", "sum([1], 2, start=3)",
 "sorted()", "sorted([1],[2])", "sorted([3,1], key=None, reverse=1)", "sorted(iterable=[1])", "sorted([1], foo=2)",
 "min()", "min(1)", "min([])", "min([], default=5)", "min(1,2,default=3)", "max(1, foo=2)", "max([1,'a'])",
 "divmod(1,'a')", "divmod(7,2)", "divmod(7.5,2)", "pow(2,3,5)", "pow(2,-1,5)", "pow('a',2,3)", "pow(2.0,2,3)", "pow(2, 3, mod=7)", "pow(base=2, exp=3)",
 "round(2.5)", "round(2.675, 2)", "round('a')", "round(5, None)", "round(15, -1)", "round(1.5, None)",
 "bin(5)", "bin(-5)", "bin(2.0)", "oct(8)", "hex(255)", "hex(-256)", "any([])", "all([])", "any(3)",
 "vars(1)", "dir(1)[:3]", "min(1,2,key=lambda x:-x)", "max('abc')", "sum([[1],[2]], [])", "sum(['a'], '')",
 "sum([b'a'], b'')", "sum(x for x in range(3))", "abs('a')", "iter(1)", "next(iter([]), 5)", "round(2**100, -5)",
 "round(1e300, 3)", "round(float('inf'))", "round(float('nan'))", "pow(0, -1)", "pow(2, 0.5)", "pow(-8, 1/3)"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
