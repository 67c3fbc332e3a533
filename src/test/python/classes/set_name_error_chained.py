# An exception from __set_name__ reaches the class statement as a RuntimeError whose
# cause is the original error (CPython 3.11).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no name for " + name)

try:
    class Owner:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)

class Fine:
    def __set_name__(self, owner, name):
        self.name = name
class Ok:
    x = Fine()
print(Ok.x.name)

class Owner2:
    pass
Owner2.y = Bad()  # assignment after the class exists does not call __set_name__
print("assigned")

class Loud:
    def __set_name__(self, owner, name):
        raise KeyError(name)
class Owner3:
    z = Loud()
