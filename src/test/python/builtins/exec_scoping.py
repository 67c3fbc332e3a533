code = """
def helper():
    return shared * 2

shared = 21
result = helper()
"""
ns = {}
exec(code, ns)
print(ns["result"], ns["helper"].__globals__ is ns)
g = {"base": 100}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(sorted(l.items()), "x" in g)
exec("def f():\n    return y\n", g, l)
try:
    l["f"]()
except NameError as e:
    print("NameError", e)


val = "module"


def shadow():
    val = "function"
    return eval("val"), eval("val", globals())


print(shadow())
namespace = {"__name__": "custom_mod"}
exec("class K:\n    pass\nmod_of_k = K.__module__", namespace)
print(namespace["mod_of_k"])
exec("print('printed from exec', __name__)")
