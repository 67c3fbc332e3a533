assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("obj:", e.args[0])


def lazy():
    print("message evaluated")
    return "lazy"


assert True, lazy()
try:
    assert 0, lazy()
except AssertionError as e:
    print(e)
x = 5
try:
    assert (x > 10), f"x was {x}"
except AssertionError as e:
    print(e)
print(__debug__)
