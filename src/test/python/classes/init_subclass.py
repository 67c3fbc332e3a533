class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="custom-beta"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod:", cls.__name__)


class Sub(Implicit):
    pass
