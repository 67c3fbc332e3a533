def level3():
    raise LookupError("deepest")


def level2():
    try:
        level3()
    except KeyError:
        print("level2 wrong type")


def level1():
    try:
        level2()
    finally:
        print("level1 finally")


try:
    level1()
except LookupError as e:
    print("top level caught", e)
result = []
for exc in (None, ValueError, TypeError):
    try:
        try:
            if exc:
                raise exc()
            result.append("no error")
        except ValueError:
            result.append("inner ValueError")
            raise
        else:
            result.append("inner else")
    except ValueError:
        result.append("outer ValueError")
    except TypeError:
        result.append("outer TypeError")
    else:
        result.append("outer else")
print(result)
