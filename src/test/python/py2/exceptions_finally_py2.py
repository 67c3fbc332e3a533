# golden: 2.7
def f(n):
    try:
        if n == 0:
            raise ZeroDivisionError, "zero"
        print "ok", n
    except ZeroDivisionError, e:
        print "caught", e
    else:
        print "else branch"
    finally:
        print "finally", n


f(1)
f(0)
class MyError(Exception):
    pass


try:
    raise MyError, "custom"
except MyError, e:
    print type(e).__name__, str(e)
