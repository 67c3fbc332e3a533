code = compile("result = 6 * 7\nprint('inside', result)", "<generated>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["result"])
expr = compile("a + b", "<expr>", "eval")
print(eval(expr, {"a": 1, "b": 2}), eval(expr, {"a": "x", "b": "y"}))
single = compile("40 + 2", "<single>", "single")
exec(single)
try:
    compile("1 +", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<e>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("1", "<m>", "nomode")
except ValueError as e:
    print("ValueError", e)
f_code = compile("def f(x):\n    return x * 2\n", "<defs>", "exec")
d = {}
exec(f_code, d)
print(d["f"](21), d["f"].__name__, d["f"].__code__.co_filename)
try:
    exec(compile("raise ValueError('from compiled')", "<raiser>", "exec"))
except ValueError as e:
    print("ValueError", e)
