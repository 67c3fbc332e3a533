# LOAD_GLOBAL must see every change to the globals and builtins between two runs of
# the same instruction: rebinding, deleting, shadowing a builtin and unshadowing it,
# changes to the builtins module, a globals dict that grows or is cleared, and the
# same code run with other globals.
import builtins

x = 1


def get_x():
    return x


def get_len():
    return len


def call_len(s):
    return len(s)


print(get_x(), get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(get_x())

print(call_len("abc"), get_len() is builtins.len)
len = lambda s: "shadowed " + s
print(call_len("abc"))
del len
print(call_len("abcd"))
saved = builtins.len
builtins.len = lambda s: "patched builtin"
print(call_len("abc"))
builtins.len = saved
print(call_len("ab"))
del builtins.len
try:
    call_len("a")
except NameError as e:
    print("NameError:", e)
builtins.len = saved
print(call_len("abcde"))

# many new globals: the dict is rebuilt, and the cached places move
for i in range(200):
    globals()["g%d" % i] = i
print(get_x(), call_len("xy"), g199)
for i in range(200):
    del globals()["g%d" % i]
print(get_x(), call_len("xyz"))

# one code object run under two globals: two functions made by the same def
code = compile("def f():\n    return x\n", "<defs>", "exec")
ns = {"x": "other x"}
ns2 = {"x": "second x"}
exec(code, ns)
exec(code, ns2)
f, f2 = ns["f"], ns2["f"]
print(f.__code__ is f2.__code__, f(), f2(), f(), get_x())
ns["x"] = "changed"
print(f(), f2())
ns.clear()
ns["__builtins__"] = builtins
try:
    f()
except NameError as e:
    print("NameError:", e)
ns["x"] = "back"
print(f(), f2(), get_x())


def loop():
    total = 0
    for i in range(5):
        total += y
        if i == 2:
            globals()["y"] = 100
    return total


y = 1
print(loop())

# a small globals dict gains a name that shadows a builtin (no rebuild of the dict)
code = compile("def h(s):\n    return len(s)\n", "<defs>", "exec")
ns3 = {}
exec(code, ns3)
h = ns3["h"]
print(h("ab"), h("abc"))
ns3["len"] = lambda s: "shadowed in ns3"
print(h("ab"))
del ns3["len"]
print(h("abcd"))
