# golden: 2.7
def parse(s):
    try:
        return int(s)
    except ValueError, e:
        print "bad value:", e
        return None


print parse("12")
print parse("x")
try:
    {}["k"]
except (KeyError, IndexError), err:
    print "lookup failed:", type(err).__name__, err.args
try:
    [][0]
except IndexError, e:
    print e.args
try:
    try:
        1 // 0
    except ZeroDivisionError, e:
        print "inner:", type(e).__name__
        raise
except ArithmeticError, outer:
    print "outer:", type(outer).__name__
