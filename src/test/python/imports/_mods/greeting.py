"""Greeting helper module."""
print("greeting module executing, __name__ =", __name__)

DEFAULT = "hello"


def hello(name="world"):
    return "%s, %s" % (DEFAULT, name)
