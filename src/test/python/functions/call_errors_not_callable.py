for value in (1, "s", None, [1], 1.5):
    try:
        value()
    except TypeError as e:
        print(e)


class NoCall:
    pass


try:
    NoCall()()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    abs(x=1)
except TypeError as e:
    print(e)
try:
    int("5", 10, 3)
except TypeError as e:
    print(e)
