def stub():
    ...


def stub2():
    pass


def documented():
    """Returns nothing.

    Second paragraph.
    """


print(stub(), stub2(), documented())
print(documented.__doc__)
print(..., Ellipsis is ..., type(...).__name__)


class C:
    """Class doc."""
    ...


print(C.__doc__)


def not_doc():
    x = 1
    "this is not a docstring"
    return x


print(not_doc.__doc__)


def fdoc():
    f"not a docstring either"


print(fdoc.__doc__)
print(__doc__)
