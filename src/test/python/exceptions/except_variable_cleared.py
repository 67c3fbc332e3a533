e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print("after handler:", err)


def f():
    try:
        raise KeyError
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)


print(f())
saved = None
try:
    raise TypeError("keep me")
except TypeError as e2:
    saved = e2
print("saved reference survives:", repr(saved))
