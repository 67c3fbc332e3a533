# Re-raising an exception that is already in the context chain cuts the cycle, so the
# chain printed below ends instead of looping.
first = ValueError("first")
try:
    raise first
except ValueError:
    try:
        raise TypeError("second")
    except TypeError as second:
        try:
            raise first
        except ValueError:
            print("first.__context__:", repr(first.__context__))
            print("second.__context__:", repr(second.__context__))
        raise
