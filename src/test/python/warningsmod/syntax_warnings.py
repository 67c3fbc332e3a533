# The compiler's SyntaxWarnings go through the warnings module: "is" with a literal,
# assert on a tuple, calling or subscripting a literal ("perhaps you missed a comma?"); a filter with action "error" makes them SyntaxErrors.
import warnings

x = 1
print(x is 1)        # warned when this file is compiled, before anything runs
src = '''x = 1
if (x is
      1): pass
y = x is not "a" or x is None or x is ... or x is True or x is (1, 2) or x is -1 or 1 is 2 is 3
assert (x, 2)
assert (1, 2)
assert ()
assert x, (1, 2)
z = x is __debug__ or x is y or x == 1
'''
compile(src, "<source>", "exec")
exec(compile("a = 1\nprint(a is 1)", "<string>", "exec"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 5\nx is 'lit'", "<error>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
    warnings.simplefilter("error", DeprecationWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("1 is 1", "r.py", "exec")
    compile("1 is 1", "r.py", "exec")
print([(w.filename, w.lineno, w.category.__name__) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    compile("1 is 1", "ignored.py", "exec")

literal_misuse = '''
a = 1
[1, 2](3)
(1, 2)(3)
"abc"(1)
f"x{a}"(1)
{1: 2}()
{a}()
(x for x in a)()
[x for x in a]()
-1()
None()
...()
lambda: 1()
a()
1[2]
None[0]
{1}[0]
(x for x in a)[0]
(lambda: 1)[0]
1.5[0]
"abc"[0]
[1, 2]["a"]
(1, 2)[1.5]
"abc"["x"]
[1][1:2]
[1][a]
f"x"[a]
b"x"[None]
[x for x in a][(1,2)]
x = [1][True]
del [1]["a"]
a[0]
"s"[-1]
(1,2)[f"{a}"]
'''
compile(literal_misuse, "<literals>", "exec")
