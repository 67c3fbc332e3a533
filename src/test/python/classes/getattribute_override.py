class Logged:
    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing:" + name

    def method(self):
        return self.x * 2


obj = Logged()
print(obj.x)
print(obj.method())
print(obj.secret)
print(obj.unknown)


class Upper:
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper()
u.word = "hello"
u.num = 5
print(u.word, u.num)
print(type(u).__name__)


class Everything:
    def __getattribute__(self, name):
        return 42


e = Everything()
print(e.anything, e.__dict__, e.__class__)
print(type(e).__name__)
