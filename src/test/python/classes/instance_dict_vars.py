class Obj:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


o = Obj()
print(o.__dict__)
o.__dict__["c"] = 3
print(o.c)
o.__dict__ = {"z": 26}
print(o.z, hasattr(o, "a"))
print(vars(o) is o.__dict__)
print("cls_attr" in Obj.__dict__, "a" in Obj.__dict__)
print(type(Obj.__dict__).__name__)
try:
    Obj.__dict__["new"] = 1
except TypeError as e:
    print("TypeError", e)
setattr(Obj, "new", 5)
print(Obj.new, o.new)
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
names = [k for k in Obj.__dict__ if not k.startswith("__")]
print(names)
print("__init__" in Obj.__dict__, "__module__" in Obj.__dict__)
print(Obj.__dict__["__module__"])
d = {}
exec("class Q:\n    x = 1", d)
print(d["Q"].__module__)
