# str() of a mappingproxy is the str() of its mapping; repr() wraps it.
class C:
    x = 1

d = C.__dict__
print(str(d).startswith("{"), repr(d).startswith("mappingproxy({"))
print("%s" % d == str(dict(d)), f"{d}" == str(dict(d)), str(d) == str(dict(d)))
