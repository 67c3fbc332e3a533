class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name


class WithStr(Exception):
    def __str__(self):
        return "custom str"


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


try:
    raise NotFound("item")
except AppError as e:
    print(type(e).__name__, e, e.args, e.name, repr(e))
try:
    raise WithStr("ignored")
except WithStr as e:
    print(e, repr(e), e.args)
e = NoSuper(42)
print(repr(e), str(e), e.args, e.code)


class Rich(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b

    def __repr__(self):
        return "Rich<%d>" % self.total


try:
    raise Rich(1, 2)
except Rich as e:
    print(str(e), repr(e), e.total)
print([c.__name__ for c in NotFound.__mro__])


class Base(BaseException):
    pass


try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("wrong")
except Base as e:
    print("caught BaseException subclass", e)
