def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "generic " + type(e).__name__


for exc in (KeyError("k"), IndexError(0), LookupError(), ZeroDivisionError(),
            OverflowError(), TypeError(), ValueError):
    print(classify(exc))
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("tuple variable", type(e).__name__)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print("subclass matched:", e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not matched")
except TypeError as e:
    print("propagated to outer", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    1 / 0
except:
    print("bare except")
