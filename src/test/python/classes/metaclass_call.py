class Singleton(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        print("Singleton.__call__", cls.__name__, args, kwargs)
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Tracing(type):
    def __call__(cls, *args):
        print("creating", cls.__name__)
        obj = cls.__new__(cls)
        obj.__init__(*args)
        print("created", cls.__name__)
        return obj


class Point(metaclass=Tracing):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(3, 4)
print(p.x, p.y)


class ReturnsOther(type):
    def __call__(cls, *a):
        return 42


class Weird(metaclass=ReturnsOther):
    pass


print(Weird(), Weird(1, 2))
