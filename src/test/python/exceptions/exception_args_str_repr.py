for e in (Exception(), Exception("one"), Exception("a", "b"), Exception(1),
          ValueError(""), ValueError(None), TypeError(["l"], {"d": 1})):
    print(repr(e), "|", str(e), "|", e.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(str(KeyError(1)), str(KeyError("")), repr(KeyError("")))
e = ValueError("x")
e.args = ("changed", 2)
print(e, e.args)
e.args = "str"
print(e.args)
print(repr(ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
print(str(UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")))
print(repr(StopIteration()), repr(SystemExit(3)), SystemExit(3).code)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
print(BaseException.__subclasses__().__len__() > 3)
