# randrange with non-integer numbers: deprecated (a DeprecationWarning), ValueError when not integral
import random

r = random.Random(5)
print(r.randrange(10.0), r.randrange(1, 10.0), r.randrange(0, 10, 2.0))
for args in [(1.5,), (1, 3.5), (1, 3, 1.5)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print(args, e)
