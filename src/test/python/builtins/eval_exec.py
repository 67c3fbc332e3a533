print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("[i for i in range(3)]"))
x = 10
print(eval("x + 1"), eval("  x  "), eval("len('abc')"))
g = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", g)
print(g["a"], g["b"], g["f"](1), "__builtins__" in g)
ns = {}
exec("import sys as _s\nv = _s.maxsize > 0", ns)
print(ns["v"])
print(exec("1 + 1"), eval("None"))
loc = {}
exec("z = 3", None, loc)
print(loc)
for src in ["1 +", "def", "x = = 1"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
print(eval("abs(-1)", {"__builtins__": {"abs": abs}}))
try:
    eval("len([])", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
counter = {"n": 0}
exec("for i in range(4):\n    n += i", counter)
print(counter["n"])
