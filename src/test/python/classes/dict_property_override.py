# A class body that defines __dict__ (here a property) keeps it: instances show that,
# not their real attribute dict.
class Masked:
    @property
    def __dict__(self):
        return {"shown": True}

m = Masked()
m.real = 1
print(m.__dict__, m.real, vars(m))

class Plain:
    pass
p = Plain()
p.a = 1
print(p.__dict__, type(Plain.__dict__["__dict__"]).__name__)

class WithWeak:
    __weakref__ = "mine"
print(WithWeak.__weakref__, WithWeak().__weakref__)
