"""Abstract Base Classes (PEP 3119): ABCMeta, ABC, abstractmethod and friends.

gilpy keeps each ABC's bookkeeping in one ``_abc_impl`` object (an ``_AbcData``) stored
in the class's own dict: the registry of virtual subclasses and the positive and
negative subclass caches. They hold classes strongly (gilpy has no weak references
yet), so a registered or cached class lives as long as the ABC.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""

    __isabstractmethod__ = True


# Bumped by every register(): negative caches built before it are stale.
_cache_token = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever an ABC registers a class."""
    return _cache_token


class _AbcData:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _cache_token


def _impl(cls):
    try:
        data = cls.__dict__['_abc_impl']
    except KeyError:
        raise TypeError('_abc_impl is set to a wrong type') from None
    if type(data) is not _AbcData:
        raise TypeError('_abc_impl is set to a wrong type')
    return data


def _compute_abstracts(cls, own_items):
    abstracts = set()
    for name, value in own_items:
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for Abstract Base Classes.

    An ABC can be subclassed directly, or a class can be registered as its "virtual
    subclass" with register(); issubclass and isinstance then also consult the
    registry and the class's __subclasshook__.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow
        usage as a class decorator."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        data = _impl(cls)
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if data.negative_version == _cache_token and subclass in data.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_version < _cache_token:
            data.negative_cache = set()
            data.negative_version = _cache_token
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            data.cache.add(subclass)
            return True
        for rcls in list(data.registry):
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = _impl(cls)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class, after methods
    were added to or removed from it after its creation. Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, list(cls.__dict__.items()))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass: inherit from ABC to make an
    abstract base class."""
    __slots__ = ()
