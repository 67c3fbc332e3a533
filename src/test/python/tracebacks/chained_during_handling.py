def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return d["default"]


print(lookup({"a": 1, "default": 0}, "b"))
print(lookup({"a": 1}, "b"))
