# The functions carry CPython's docstrings.
import operator, _operator
for n in sorted(dir(_operator)):
    if not n.startswith("_") and not isinstance(getattr(_operator, n), type):
        print(n, repr(getattr(operator, n).__doc__))
