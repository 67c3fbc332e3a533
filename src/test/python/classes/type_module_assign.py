# Assigning and deleting a class's __module__ (the getset setter must not call itself).
class A:
    pass


A.__module__ = "pkg.mod"
print(A.__module__, A)
A.__module__ = None
print(A.__module__)
try:
    del A.__module__
except TypeError as e:
    print(e)
try:
    int.__module__ = "x"
except TypeError as e:
    print(e)
