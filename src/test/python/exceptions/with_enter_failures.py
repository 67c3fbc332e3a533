class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with BadEnter():
        print("body not run")
except ValueError as e:
    print(e)


class Ok:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)

    def __exit__(self, *a):
        print("exit", self.n)


try:
    with Ok(1), BadEnter(), Ok(2):
        pass
except ValueError as e:
    print("caught", e)


class NoProtocol:
    pass


try:
    with NoProtocol():
        pass
except TypeError as e:
    print(e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
