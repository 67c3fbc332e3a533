try:
    raise ValueError
except ValueError as e:
    print("class:", repr(e), e.args)
try:
    raise ValueError("instance")
except ValueError as e:
    print("instance:", repr(e))
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(e)
exc_type = KeyError
try:
    raise exc_type("dynamic")
except KeyError as e:
    print(repr(e))


def factory():
    return IndexError("from factory")


try:
    raise factory()
except IndexError as e:
    print(e)
try:
    raise (TypeError if True else ValueError)("conditional")
except TypeError as e:
    print(e)
