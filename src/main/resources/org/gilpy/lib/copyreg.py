"""Helpers that pickle and copy use to take objects apart and rebuild them.

gilpy's own copyreg: the reduction registry (dispatch_table), the constructors that
object.__reduce_ex__ names (__newobj__, __newobj_ex__, _reconstructor), the
protocol 0/1 reduction (_reduce_ex), the __slots__ name cache (_slotnames) and the
extension-code registry.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


# ---- rebuilding objects -------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# ---- protocols 0 and 1 --------------------------------------------------------

_HEAPTYPE = 1 << 9


def _builtin_base(cls):
    """The first class in cls's MRO that no class statement made."""
    for klass in cls.__mro__:
        if not klass.__flags__ & _HEAPTYPE:
            return klass
    return object


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    contents = _old_protocol_state(self, cls, proto)
    if contents:
        return _reconstructor, args, contents
    return _reconstructor, args


def _old_protocol_state(self, cls, proto):
    has_slots = getattr(self, "__slots__", None)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if has_slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        return getattr(self, "__dict__", None)
    if has_slots and type(self).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    return getstate()


# ---- __slots__ ----------------------------------------------------------------

def _slotnames(cls):
    """The names of cls's slots (private names mangled), cached as cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            names.extend(_own_slots(klass))
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _own_slots(klass):
    slots = klass.__dict__.get("__slots__", ())
    if isinstance(slots, str):
        slots = (slots,)
    for name in slots:
        if name in ("__dict__", "__weakref__"):
            continue
        if name.startswith("__") and not name.endswith("__"):
            owner = klass.__name__.lstrip("_")
            if owner:
                name = f"_{owner}{name}"
        yield name


# ---- extension codes (pickle protocol 2) -----------------------------------------

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> object


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
