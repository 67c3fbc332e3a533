# An exception that passes through a @contextmanager generator keeps the traceback of
# the with block (the generator's frame is not added).
from contextlib import contextmanager

@contextmanager
def managed():
    print("enter")
    try:
        yield
    finally:
        print("exit")

def work():
    with managed():
        return 1 / 0

work()
