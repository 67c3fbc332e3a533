def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    try:
        return "try"
    finally:
        return "finally"


print(g())


def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(h())


def k():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"


print(k())


def m():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)


print(m())


def n():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "break discarded exception"


print(n())


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested())
