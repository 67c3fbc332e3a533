d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[("tuple", 1)]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print(e)
try:
    d[""]
except KeyError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().remove(3)
except KeyError as e:
    print(e)
try:
    d[None]
except KeyError as e:
    print(e)
print(str(KeyError("line\nbreak")), str(KeyError()))
