# A __prepare__ mapping that subclasses dict is read through __getitem__ for names, also
# for a free variable of the class body (LOAD_CLASSDEREF), as CPython does.
class Rec(dict):
    def __getitem__(self, k):
        if k == "x":
            return "from mapping"
        return dict.__getitem__(self, k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Rec()
def outer():
    x = "from cell"
    class C(metaclass=M):
        y = x
    return C.y
print(outer())
