class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Model:
    title = Field()
    body = Field()


m = Model()
print(m.title, m.body)
m.title = "hello"
print(m.title, m.body)
print(Model.title.owner, Model.title.name)

f = Field()


class Later:
    pass


Later.attr = f
print(hasattr(f, "name"))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta new start", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("meta new end", name)
        return cls


class WithMeta(metaclass=Meta):
    x = Field()
