def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise


try:
    reraise_after_nested()
except KeyError as e:
    print("still outer:", repr(e))


def helper_reraise():
    raise


try:
    try:
        raise IndexError("through helper")
    except IndexError:
        helper_reraise()
except IndexError as e:
    print("helper re-raised:", e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e:", e)
