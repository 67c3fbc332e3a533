for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass


class Nothing:
    pass


def noop():
    pass


try:
    pass
except Exception:
    pass
else:
    print("else after empty try")
finally:
    print("finally after empty try")
print(noop(), Nothing.__name__, _)
with open.__class__ if False else type("CM", (), {"__enter__": lambda s: 1, "__exit__": lambda s, *a: None})():
    pass
print("done")
