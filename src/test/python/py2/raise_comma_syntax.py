# golden: 2.7
def check(n):
    if n < 0:
        raise ValueError, "negative: %d" % n
    return n


print check(3)
try:
    check(-2)
except ValueError, e:
    print type(e).__name__, e, e.args
try:
    raise KeyError, "key"
except KeyError, e:
    print type(e).__name__, e.args
try:
    raise TypeError, ("a", "b")
except TypeError, e:
    print e.args
try:
    raise RuntimeError
except RuntimeError, e:
    print "no message:", e.args
