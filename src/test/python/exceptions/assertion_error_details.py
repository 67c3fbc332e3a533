def check(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    return x


print(check(3))
try:
    check("s")
except AssertionError as e:
    print(e)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), str(e) == "")
cond = (1, "tuple message")
try:
    assert cond
except AssertionError:
    print("not raised: non-empty tuple is truthy")
else:
    print("tuple assertion passed")
try:
    assert [] or 0, "falsy chain"
except AssertionError as e:
    print(e)
