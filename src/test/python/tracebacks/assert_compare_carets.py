# An assert whose test is (or ends in) a comparison reports the AssertionError at that
# comparison, as CPython 3.11's compiler leaves its span current; other tests give no
# caret line, since the span is then the whole statement.
def check(items):
    assert items, "no items"
    assert len(items) > 0 and items[0] is not None
    return items


def positive(n):
    assert (n >
            0), f"{n} is not positive"
    return n


check([1])
try:
    check([None])
except AssertionError as e:
    print("caught", repr(e))
positive(-2)
