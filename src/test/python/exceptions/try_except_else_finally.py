def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run("ok"))
print(run("raise"))
print(run("return"))


def try_finally_only():
    try:
        raise KeyError("k")
    finally:
        print("finally without except")


try:
    try_finally_only()
except KeyError as e:
    print("outer caught", repr(e))
try:
    pass
finally:
    print("try/finally with no exception")
try:
    x = 1
except Exception:
    print("no")
else:
    print("try/except/else", x)


def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")


try:
    else_raises()
except ValueError as e:
    print("else raised", e)
