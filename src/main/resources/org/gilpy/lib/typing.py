"""Support for type hints (gilpy's version of CPython 3.11's ``typing``).

The objects here only matter at runtime for introspection: reprs, ``__origin__`` /
``__args__`` / ``__parameters__``, substitution of type variables, ``get_type_hints``,
``get_origin`` / ``get_args`` and the runtime checks that CPython allows (unsubscripted
aliases, ``@runtime_checkable`` protocols).

Dependencies on other library modules are taken lazily: the aliases of ``collections``,
``collections.abc``, ``contextlib`` and ``re`` classes (``Iterable``, ``Callable``,
``Deque``, ``Pattern`` ...) are built by the module ``__getattr__`` on first use, so this
module imports even where those modules are missing (the names are then absent).
"""

import sys
import types

try:
    from abc import ABCMeta as _ProtocolMetaBase, abstractmethod as _abstractmethod
except ImportError:          # abc not available: protocols still work, without ABC features
    _ProtocolMetaBase = type

    def _abstractmethod(f):
        f.__isabstractmethod__ = True
        return f

_NoneType = type(None)
_GenericAliasType = types.GenericAlias
_UnionType = types.UnionType


def _caller(depth=2):
    """The ``__name__`` of the module ``depth`` frames above our caller's caller."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _type_repr(obj):
    """How typing shows an argument: classes by qualified name, ``...``, functions by name."""
    if isinstance(obj, _GenericAliasType):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Reject what can never be a type argument; 3.11 lets any other object through."""
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    rejected_origins = (Generic, Protocol)
    if not allow_special_forms:
        rejected_origins += (ClassVar,) + ((Final,) if is_argument else ())
    if isinstance(arg, _GenericAlias) and arg.__origin__ in rejected_origins:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_tvt(x)


def _is_unpacked_tvt(x):
    return isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple)


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias)))


def _collect_parameters(args):
    """The type variables in ``args``, in order of first appearance."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            found = (t,)
        elif _is_unpacked_tvt(t):
            found = (t.__args__[0],)
        elif isinstance(t, (tuple, list)):
            found = _collect_parameters(t)
        else:
            found = getattr(t, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls};"
                        f" actual {alen}, expected {elen}")


def _union_flatten(params):
    """Nested unions are spliced in and repeated members dropped (first one wins)."""
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


# Results of subscriptions, so that ``List[int] is List[int]`` as in CPython. The key
# pairs each argument with its type, so that Literal[1] and Literal[True] stay apart.
_SUBSCRIPT_CACHE = {}
_MISSING = object()


def _tp_cache(func):
    """Memoise ``func`` on its (hashable) arguments."""
    def cached(*args):
        try:
            key = (func,) + tuple((a, type(a)) for a in args)
            result = _SUBSCRIPT_CACHE.get(key, _MISSING)
        except TypeError:
            return func(*args)
        if result is _MISSING:
            result = func(*args)
            if len(_SUBSCRIPT_CACHE) > 2048:
                _SUBSCRIPT_CACHE.clear()
            _SUBSCRIPT_CACHE[key] = result
        return result
    cached.__name__ = func.__name__
    cached.__qualname__ = func.__qualname__
    cached.__doc__ = func.__doc__
    cached.__wrapped__ = func
    return cached


# ---------------------------------------------------------------- special forms

class _Final:
    """Base of typing's own classes, which user code may not subclass."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _SpecialForm(_Final, _root=True):
    """A name like ``Union`` or ``ClassVar``: subscripting it calls ``getitem``."""

    __iter__ = None

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._literal(*parameters)

    @_tp_cache
    def _literal(self, *parameters):
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _named_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


NoReturn = _named_form('NoReturn', "Special type indicating functions that never return.")
Never = _named_form('Never', "The bottom type, a type that has no members.")
Self = _named_form('Self', "Used to spell the type of \"self\" in classes.")
LiteralString = _named_form('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _named_form('TypeAlias', "Special marker indicating that an assignment should "
                                     "be recognized as a proper type alias definition.")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _union_flatten(tuple(_type_check(p, msg) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


def _literal_key(values):
    return [(v, type(v)) for v in values]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    keys = []
    for p in flat:
        key = (p, type(p))
        try:
            if key in keys:
                continue
        except TypeError:
            pass
        keys.append(key)
        unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add, remove or transform parameters."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined type guard."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] is what *Ts means in a subscript."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


# ---------------------------------------------------------------- forward references

class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, '__dict__', globalns)
            value = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


# ---------------------------------------------------------------- type variables

class _TypeVarLike:
    """Shared parts of TypeVar and ParamSpec: variance prefix in the repr, ``|``."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __typing_subst__(self, arg):
        """The value that replaces this variable (types.GenericAlias calls it)."""
        if isinstance(self, ParamSpec) and isinstance(arg, list):
            return tuple(arg)
        return _type_convert(arg)


class TypeVar(_TypeVarLike, _Final, _root=True):
    """Type variable: ``T = TypeVar('T')``, optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        module = _caller()
        if module != 'typing':
            self.__module__ = module


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: stands for any number of types (``*Ts``)."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ParamSpecArgs(_Final, _root=True):
    """The type of ``P.args``: ``P.args.__origin__ is P``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """The type of ``P.kwargs``: ``P.kwargs.__origin__ is P``."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_TypeVarLike, _Final, _root=True):
    """Parameter specification variable: the parameters of a callable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller()
        if module != 'typing':
            self.__module__ = module


# ---------------------------------------------------------------- generic aliases

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


_ALIAS_OWN_ATTRS = ('_name', '_inst', '_nparams', '__origin__', '__args__',
                    '__parameters__', '__metadata__', '__module__')


class _BaseGenericAlias(_Final, _root=True):
    # An alias of a class, possibly subscripted; calling it calls the class.
    __doc__ = None

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or
                   (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr in ('__origin__', '__args__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in _ALIAS_OWN_ATTRS:
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self))
                      | {a for a in dir(self.__origin__) if not _is_dunder(a)})


def _substitute(arg, subst):
    """``arg`` with each type variable replaced by its value in ``subst``."""
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return subst.get(arg, arg)
    if _is_unpacked_tvt(arg):
        return subst.get(arg.__args__[0], arg)
    if isinstance(arg, (tuple, list)):
        return type(arg)(_substitute(a, subst) for a in arg)
    if isinstance(arg, type):
        return arg
    params = getattr(arg, '__parameters__', None)
    if not params or not isinstance(params, tuple):
        return arg
    if isinstance(arg, _UnionType):
        result = None
        for a in arg.__args__:
            a = _substitute(a, subst)
            result = a if result is None else result | a
        return result
    values = tuple(_substitute(p, subst) for p in params)
    return arg[values if len(values) != 1 else values[0]] if not isinstance(arg, _GenericAliasType) \
        else arg.__origin__[tuple(_substitute(a, subst) for a in arg.__args__)]


def _bind_arguments(alias, params, args):
    """Map each of ``params`` to its value among ``args``, checking their number."""
    if len(params) == 1 and isinstance(params[0], ParamSpec) and \
            not (len(args) == 1 and _is_param_expr(args[0])):
        args = (args,)
    args = tuple(tuple(a) if isinstance(p, ParamSpec) and isinstance(a, list) else a
                 for p, a in zip(params, args)) + args[len(params):]
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        packed = args[i:len(args) - after]
        args = args[:i] + (packed,) + args[len(args) - after:]
        subst = dict(zip(params, args))
        subst[params[i]] = _Splice(packed)
        return subst
    _check_generic(alias, args, len(params))
    return dict(zip(params, args))


class _Splice(tuple):
    """Values of a TypeVarTuple, spliced into the argument list they appear in."""


def _splice(args):
    out = []
    for a in args:
        if isinstance(a, _Splice):
            out.extend(a)
        else:
            out.append(a)
    return tuple(out)


class _GenericAlias(_BaseGenericAlias, _root=True):
    # A subscripted alias: ``List[int]``, ``Box[T]``, ``ClassVar[int]``.

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        subst = _bind_arguments(self, self.__parameters__, args)
        return self.copy_with(_splice(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        return _alias_rebuild, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _alias_rebuild(origin, args):
    return origin[args]


class _TypingEllipsis:
    """Internal placeholder for ``...`` in Tuple and Callable arguments."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    # An unsubscripted alias such as ``List``: knows how many parameters it takes.

    __iter__ = None

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    # ``Callable[[A, B], R]``: ``__args__`` is ``(A, B, R)``, or ``(..., R)``.

    __iter__ = None

    def __init__(self, origin, args, *, inst=True, name=None):
        if isinstance(args, tuple) and args:
            head = args[:-1]
            flat = []
            for a in head:
                if isinstance(a, (tuple, list)):
                    flat.extend(a)
                elif isinstance(a, _ConcatenateGenericAlias) and \
                        isinstance(a.__args__[-1], (tuple, list)):
                    flat.extend(a.__args__[:-1])
                    flat.extend(a.__args__[-1])
                else:
                    flat.append(a)
            args = tuple(flat) + args[-1:]
        super().__init__(origin, args, inst=inst, name=name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        shown = ", ".join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{shown}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _alias_rebuild, (__getattr__('Callable'), args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        return self._subscript(args, result)

    @_tp_cache
    def _subscript(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))


class _UnionGenericAlias(_GenericAlias, _root=True):
    # ``Union[X, Y]``; equal to ``X | Y`` and to unions of the same members in any order.

    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ", ".join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return _alias_rebuild, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    __iter__ = None

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        mine, theirs = _literal_key(self.__args__), _literal_key(other.__args__)
        return all(k in theirs for k in mine) and all(k in mine for k in theirs)

    def __hash__(self):
        return hash(frozenset(_literal_key(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    __iter__ = None

    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if _is_unpacked_tvt(self):
            return args
        return super().__getitem__(args)


class _AnnotatedAlias(_GenericAlias, _root=True):
    # ``Annotated[T, x, ...]``: ``__origin__`` is T, ``__metadata__`` the extras.

    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return _alias_rebuild, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: ``Annotated[int, ValueRange(0, 9)]``."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """Abstract base class for generic types: ``class Box(Generic[T])``."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        parameters = cls.__dict__.get('__parameters__', ())
        if not parameters:
            parameters = getattr(cls, '__parameters__', ())
        subst = _bind_arguments(cls, parameters, params)
        return _GenericAlias(cls, _splice(subst[p] for p in parameters))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            plain = Generic in cls.__orig_bases__
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
                    declared_by = base.__origin__.__name__
            if declared is not None:
                missing = [t for t in tvars if t not in declared]
                if missing:
                    raise TypeError(
                        f"Some type variables ({', '.join(str(t) for t in missing)}) are not "
                        f"listed in {declared_by}[{', '.join(str(g) for g in declared)}]")
                tvars = declared
        cls.__parameters__ = tuple(tvars)


# Attributes every class has, which do not make a protocol member.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__classcell__', '__static_attributes__',
    '__firstlineno__', '__orig_bases__', '__parameters__', '__match_args__',
    '_is_protocol', '_is_runtime_protocol', '_MutableMapping__marker', '__init_subclass__',
})

# Non-protocol classes that a protocol may still list as a base.
_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
                        'Buffer'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        if not isinstance(annotations, dict):
            annotations = {}
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


# How many nominal (ABCMeta) checks are running: within them, abc probes protocols that
# are not runtime checkable, which must not raise (CPython allows abc and functools to).
_nominal_checks = [0]


def _reckless_caller():
    """abc and functools may probe any class, protocols included, without an error."""
    return _nominal_checks[0] > 0 or _caller(3) in ('abc', 'functools', None)


def _nominal(check, cls, arg):
    _nominal_checks[0] += 1
    try:
        return check(arg)
    finally:
        _nominal_checks[0] -= 1


class _ProtocolMeta(_ProtocolMetaBase):
    """Metaclass of protocols: structural isinstance/issubclass for runtime protocols."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return _nominal(super().__instancecheck__, cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False) and not _reckless_caller():
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if _callable_members_only(cls) and _structural_match(cls, type(instance)):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                break
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                break
        else:
            return True
        return _nominal(super().__instancecheck__, cls, instance)

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return _nominal(super().__subclasscheck__, cls, other)
        if not _reckless_caller():
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if _structural_match(cls, other):
            return True
        return _nominal(super().__subclasscheck__, cls, other)


def _structural_match(proto, other):
    for attr in _protocol_attrs(proto):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return False
                break
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, dict) and attr in annotations and \
                    issubclass(other, Generic) and getattr(other, '_is_protocol', False):
                break
        else:
            return False
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete class below a protocol: use the first real __init__ after the protocols.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())
                    or (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if '__init__' not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- aliases of builtins

def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


List = _alias(list, 1, inst=False, name='List')
Dict = _alias(dict, 2, inst=False, name='Dict')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Type = _alias(type, 1, inst=False, name='Type')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
TYPE_CHECKING = False

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

# Aliases of classes in other modules, built on first access by __getattr__ below:
# name -> (module, attribute, number of parameters).
_LAZY_ALIASES = {
    'Awaitable': ('collections.abc', 'Awaitable', 1),
    'Coroutine': ('collections.abc', 'Coroutine', 3),
    'AsyncIterable': ('collections.abc', 'AsyncIterable', 1),
    'AsyncIterator': ('collections.abc', 'AsyncIterator', 1),
    'Iterable': ('collections.abc', 'Iterable', 1),
    'Iterator': ('collections.abc', 'Iterator', 1),
    'Reversible': ('collections.abc', 'Reversible', 1),
    'Sized': ('collections.abc', 'Sized', 0),
    'Container': ('collections.abc', 'Container', 1),
    'Collection': ('collections.abc', 'Collection', 1),
    'Callable': ('collections.abc', 'Callable', 2),
    'AbstractSet': ('collections.abc', 'Set', 1),
    'MutableSet': ('collections.abc', 'MutableSet', 1),
    'Mapping': ('collections.abc', 'Mapping', 2),
    'MutableMapping': ('collections.abc', 'MutableMapping', 2),
    'Sequence': ('collections.abc', 'Sequence', 1),
    'MutableSequence': ('collections.abc', 'MutableSequence', 1),
    'ByteString': ('collections.abc', 'ByteString', 0),
    'MappingView': ('collections.abc', 'MappingView', 1),
    'KeysView': ('collections.abc', 'KeysView', 1),
    'ItemsView': ('collections.abc', 'ItemsView', 2),
    'ValuesView': ('collections.abc', 'ValuesView', 1),
    'Hashable': ('collections.abc', 'Hashable', 0),
    'Generator': ('collections.abc', 'Generator', 3),
    'AsyncGenerator': ('collections.abc', 'AsyncGenerator', 2),
    'Deque': ('collections', 'deque', 1),
    'DefaultDict': ('collections', 'defaultdict', 2),
    'OrderedDict': ('collections', 'OrderedDict', 2),
    'Counter': ('collections', 'Counter', 1),
    'ChainMap': ('collections', 'ChainMap', 2),
    'ContextManager': ('contextlib', 'AbstractContextManager', 1),
    'AsyncContextManager': ('contextlib', 'AbstractAsyncContextManager', 1),
    'Pattern': ('re', 'Pattern', 1),
    'Match': ('re', 'Match', 1),
}


def __dir__():
    names = set(globals())
    for name in _LAZY_ALIASES:
        try:
            __getattr__(name)
        except AttributeError:
            continue
        names.add(name)
    return sorted(names)


def __getattr__(name):
    if name == '__all__':
        # Computed on demand so that ``from typing import *`` does not fail on an alias
        # whose module is missing.
        available = []
        for n in _ALL_NAMES:
            try:
                globals()[n] if n in globals() else __getattr__(n)
            except AttributeError:
                continue
            available.append(n)
        return available
    if name == 're':
        namespace = _make_re_namespace()
        globals()['re'] = sys.modules[namespace.__name__] = namespace
        return namespace
    spec = _LAZY_ALIASES.get(name)
    if spec is None:
        raise AttributeError(f"module 'typing' has no attribute {name!r}")
    module_name, attr, nparams = spec
    try:
        __import__(module_name)
        origin = getattr(sys.modules[module_name], attr)
    except (ImportError, AttributeError):
        raise AttributeError(f"module 'typing' has no attribute {name!r}") from None
    if name == 'Callable':
        alias = _CallableType(origin, 2)
    else:
        alias = _alias(origin, nparams, name=name)
    globals()[name] = alias
    return alias


# ---------------------------------------------------------------- protocols of the stdlib

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------- IO

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def fileno(self) -> int:
        pass

    @_abstractmethod
    def flush(self) -> None:
        pass

    @_abstractmethod
    def isatty(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readable(self) -> bool:
        pass

    @_abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readlines(self, hint: int = -1) -> 'List[AnyStr]':
        pass

    @_abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstractmethod
    def seekable(self) -> bool:
        pass

    @_abstractmethod
    def tell(self) -> int:
        pass

    @_abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abstractmethod
    def writable(self) -> bool:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abstractmethod
    def writelines(self, lines: 'List[AnyStr]') -> None:
        pass

    @_abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s) -> int:
        pass

    @_abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @_abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abstractmethod
    def errors(self):
        pass

    @property
    @_abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstractmethod
    def newlines(self):
        pass

    @_abstractmethod
    def __enter__(self) -> 'TextIO':
        pass



# ---------------------------------------------------------------- typing.io, typing.re

class _DeprecatedType(type):
    """Metaclass of the deprecated pseudo-modules typing.io and typing.re: reading one of
    their names warns."""

    def __getattribute__(cls, name):
        if name not in ('__dict__', '__module__') and name in cls.__dict__:
            import warnings
            warnings.warn(f"{cls.__name__} is deprecated, import directly from typing instead. "
                          f"{cls.__name__} will be removed in Python 3.12.",
                          DeprecationWarning, stacklevel=2)
        return super().__getattribute__(name)


class io(metaclass=_DeprecatedType):
    """Wrapper namespace for IO generic classes."""

    __all__ = ['IO', 'TextIO', 'BinaryIO']
    IO = IO
    TextIO = TextIO
    BinaryIO = BinaryIO


io.__name__ = __name__ + '.io'
sys.modules[io.__name__] = io


def _make_re_namespace():
    ns = {'__doc__': 'Wrapper namespace for re type aliases.', '__module__': __name__,
          '__all__': ['Pattern', 'Match'], '__qualname__': 're'}
    try:
        ns['Pattern'] = __getattr__('Pattern')
        ns['Match'] = __getattr__('Match')
    except AttributeError:
        pass
    namespace = _DeprecatedType('re', (), ns)
    namespace.__name__ = __name__ + '.re'
    return namespace


# ---------------------------------------------------------------- NamedTuple

_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                  '_fields', '_field_defaults', '_make', '_replace',
                                  '_asdict', '_source'})
_NAMEDTUPLE_IGNORED = frozenset({'__module__', '__name__', '__annotations__',
                                 '__orig_bases__', '__firstlineno__', '__static_attributes__',
                                 '__classcell__'})


def _build_namedtuple(typename, fields, defaults, module, bases=(tuple,), orig_bases=None):
    """A tuple subclass with named fields, as collections.namedtuple makes (used when
    collections is missing, or when the class also derives from Generic)."""
    for name in fields:
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
    seen = set()
    for name in fields:
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    defaults = tuple(defaults)
    arglist = ', '.join(fields)
    code = f'def __new__(_cls, {arglist}):\n    return _tuple_new(_cls, ({arglist}{"," if len(fields) == 1 else ""}))\n'
    if not fields:
        code = 'def __new__(_cls):\n    return _tuple_new(_cls, ())\n'
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {}}
    exec(code, namespace)
    new = namespace['__new__']
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({arglist})'
    if defaults:
        new.__defaults__ = defaults
    nfields = len(fields)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': f'{typename}({arglist})',
        '__slots__': (),
        '_fields': tuple(fields),
        '_field_defaults': dict(zip(fields[len(fields) - len(defaults):], defaults)),
        '__new__': new,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': tuple(fields),
        '__module__': module or '__main__',
    }
    if orig_bases is not None:
        ns['__orig_bases__'] = orig_bases
    for index, name in enumerate(fields):
        ns[name] = property(lambda self, _i=index: tuple.__getitem__(self, _i),
                            doc=f'Alias for field number {index}')
    return type(typename, bases, ns)


def _make_nmtuple(typename, types_, module, defaults=(), bases=(tuple,), orig_bases=None):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type")
                   for n, t in types_}
    namedtuple = None
    if bases == (tuple,):
        try:
            from collections import namedtuple
        except ImportError:
            namedtuple = None
    if namedtuple is not None:
        nm_tpl = namedtuple(typename, fields, defaults=defaults, module=module)
    else:
        nm_tpl = _build_namedtuple(typename, fields, defaults, module, bases, orig_bases)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        annotations = ns.get('__annotations__', {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, annotations.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'], bases=bases,
                               orig_bases=ns.get('__orig_bases__'))
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_IGNORED and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: ``class Point(NamedTuple): x: int`` or
    ``NamedTuple('Point', [('x', int)])``."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple,"
                        " not both")
    return _make_nmtuple(typename, list(fields), module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------- TypedDict

def _typeddict_key_required(annotation, total):
    origin = get_origin(annotation)
    if origin is Annotated:
        origin = get_origin(annotation.__origin__)
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic or (isinstance(b, type) and issubclass(b, Generic))
                                    for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__)
               for n, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            if _typeddict_key_required(tp, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if '__total__' not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys have declared value types; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether ``tp`` is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------- NewType

class NewType:
    """A distinct name for a type, for type checkers: ``UserId = NewType('UserId', int)``;
    at runtime calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {supertype_name})`")

        return (Dummy,)

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Return ``val`` unchanged; tells a type checker that it has type ``typ``."""
    return val


def assert_type(val, typ, /):
    """Return ``val`` unchanged; a type checker verifies that it has type ``typ``."""
    return val


def assert_never(arg, /):
    """Raise AssertionError: code a type checker proves unreachable was reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of ``obj`` to stderr and return it unchanged."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualname -> first line -> function, for get_overloads.
_overload_registry = {}


def overload(func):
    """Decorator for overloaded signatures; the decorated function cannot be called."""
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions of ``func``, in order."""
    f = getattr(func, '__func__', func)
    by_name = _overload_registry.get(getattr(f, '__module__', None))
    if by_name is None or f.__qualname__ not in by_name:
        return []
    return list(by_name[f.__qualname__].values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final; sets ``__final__ = True`` where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class (and the methods defined in it) as not type checked."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make ``decorator`` apply no_type_check to what it returns."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped_decorator.__dict__.update(getattr(decorator, '__dict__', {}))
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# ---------------------------------------------------------------- introspection

def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """``t`` with its forward references evaluated, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        if isinstance(t, _GenericAliasType):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
            if args != t.__args__:
                t = _GenericAliasType(t.__origin__, args)
        if isinstance(t, _LiteralGenericAlias):
            return t
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard)
                          for a in t.__args__)
        if evaluated == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, evaluated)
        if isinstance(t, _UnionType):
            return _union_of(evaluated)
        return t.copy_with(evaluated)
    return t


def _union_of(args):
    result = args[0]
    for a in args[1:]:
        result = result | a
    return result


def _strip_annotations(t):
    """``t`` without Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        if isinstance(t, _LiteralGenericAlias):
            return t
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return _GenericAliasType(t.__origin__, stripped)
        if isinstance(t, _UnionType):
            return _union_of(stripped)
        return t.copy_with(stripped)
    return t


_ALLOWED_WITHOUT_HINTS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                          types.ModuleType, types.WrapperDescriptorType,
                          types.MethodWrapperType, types.MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with strings and forward
    references evaluated (in the namespace where they were written) and, unless
    ``include_extras``, Annotated/Required/NotRequired stripped."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            annotations = base.__dict__.get('__annotations__', {})
            if not isinstance(annotations, dict):
                annotations = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class namespace is searched after the module, as at class creation.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, _ALLOWED_WITHOUT_HINTS):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted version of a type: ``get_origin(List[int]) is list``."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, Callable's parameters as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if (isinstance(tp, _CallableGenericAlias) or _is_abc_callable(tp.__origin__)) and \
                not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _is_abc_callable(origin):
    return getattr(origin, '__module__', None) == 'collections.abc' and \
        getattr(origin, '__qualname__', None) == 'Callable'


_ALL_NAMES = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]
