"""Data classes: generated __init__, __repr__, __eq__, ordering and hashing (gilpy's own).

The decorator reads the class's annotations in order (base-class fields first), makes a
Field for each, then writes the special methods. __init__ is generated as source text and
compiled with exec, so that it has a real signature: its argument errors are the ones a
hand-written __init__ would raise ("C.__init__() missing 1 required positional argument").
"""

import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- finding the fields --------------------------------------------------------------

def _annotation_head(text):
    """'typing.ClassVar[int]' -> ('typing', 'ClassVar'): the dotted name before '['."""
    text = text.strip()
    end = len(text)
    for i, ch in enumerate(text):
        if not (ch.isalnum() or ch in '_.'):
            end = i
            break
    head = text[:end]
    module, _, name = head.rpartition('.')
    return module, name


def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    classvar = getattr(typing, 'ClassVar', None)
    return a_type is classvar or getattr(a_type, '__origin__', None) is classvar


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _string_names(a_type, cls, wanted, module_object):
    """Does the string annotation a_type name `wanted` (InitVar/ClassVar/KW_ONLY) as the
    class's module sees it?"""
    module_name, name = _annotation_head(a_type)
    namespace = sys.modules.get(cls.__module__).__dict__ if cls.__module__ in sys.modules else {}
    if module_name:
        target = namespace.get(module_name)
        if target is not module_object:
            return False
        return getattr(target, name, None) is not None and name == wanted
    obj = namespace.get(name)
    if wanted == 'ClassVar':
        return obj is not None and _is_classvar(obj)
    if wanted == 'InitVar':
        return obj is InitVar
    return obj is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING  # a __slots__ entry, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if _is_classvar(a_type) or (isinstance(a_type, str) and typing is not None
                                and _string_names(a_type, cls, 'ClassVar', typing)):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this_module = sys.modules[__name__]
        if _is_initvar(a_type) or (isinstance(a_type, str)
                                   and _string_names(a_type, cls, 'InitVar', this_module)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


# ---- generating the methods ----------------------------------------------------------

def _make_function(name, args, body, cls, globals_ns, locals_ns, return_annotation=MISSING):
    """Compile `def name(args): body` and return it named as a method of cls."""
    locals_ns = dict(locals_ns)
    if return_annotation is not MISSING:
        locals_ns['__dataclass_return_type__'] = return_annotation
        ret = ' -> __dataclass_return_type__'
    else:
        ret = ''
    body_text = '\n'.join('  ' + line for line in body) or '  pass'
    inner = 'def %s(%s)%s:\n%s' % (name, ', '.join(args), ret, body_text)
    names = ', '.join(locals_ns.keys())
    source = 'def __create_fn__(%s):\n %s\n return %s' % (
        names, inner.replace('\n', '\n '), name)
    ns = {}
    exec(source, globals_ns, ns)
    fn = ns['__create_fn__'](**locals_ns)
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return fn


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defined it; True if it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s, %r, %s)' % (self_name, name, value)
    return '%s.%s = %s' % (self_name, name, value)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             globals_ns, slots, cls):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
    locals_ns = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    for f in fields:
        locals_ns['_type_' + f.name] = f.type
    body = []
    for f in fields:
        default_name = '_dflt_' + f.name
        if f.default_factory is not MISSING:
            locals_ns[default_name] = f.default_factory
            if f.init:
                value = ('%s() if %s is _HAS_DEFAULT_FACTORY else %s'
                         % (default_name, f.name, f.name))
            else:
                value = '%s()' % default_name
        elif f.init:
            if f.default is not MISSING:
                locals_ns[default_name] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals_ns[default_name] = f.default
            value = default_name
        else:
            value = None
        if value is not None and f._field_type is not _FIELD_INITVAR:
            body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, params))

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return '%s:_type_%s' % (f.name, f.name)
        if f.default is not MISSING:
            return '%s:_type_%s=_dflt_%s' % (f.name, f.name, f.name)
        return '%s:_type_%s=_HAS_DEFAULT_FACTORY' % (f.name, f.name)

    args = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [param(f) for f in kw_only_fields]
    return _make_function('__init__', args, body, cls, globals_ns, locals_ns, return_annotation=None)


def _recursive_repr(user_function):
    """Decorate a __repr__ so that an object met again while it prints shows as '...'."""
    running = set()

    def wrapper(self):
        key = id(self), _thread_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _thread_ident():
    import _thread
    return _thread.get_ident()


def _repr_fn(fields, cls, globals_ns):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields)
    fn = _make_function('__repr__', ['self'],
                        ['return self.__class__.__qualname__ + f"(%s)"' % parts],
                        cls, globals_ns, {})
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals_ns):
    locals_ns = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ''.join(repr(f.name) + ',' for f in fields) + ')' if fields else '()'
    setattr_fn = _make_function('__setattr__', ['self', 'name', 'value'], [
        'if type(self) is cls or name in %s:' % names,
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], cls, globals_ns, locals_ns)
    delattr_fn = _make_function('__delattr__', ['self', 'name'], [
        'if type(self) is cls or name in %s:' % names,
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], cls, globals_ns, locals_ns)
    return setattr_fn, delattr_fn


def _tuple_of(fields, obj_name):
    if not fields:
        return '()'
    return '(' + ''.join('%s.%s,' % (obj_name, f.name) for f in fields) + ')'


def _cmp_fn(name, op, self_tuple, other_tuple, cls, globals_ns):
    return _make_function(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        ' return %s %s %s' % (self_tuple, op, other_tuple),
        'return NotImplemented'], cls, globals_ns, {})


def _hash_fn(fields, cls, globals_ns):
    return _make_function('__hash__', ['self'], ['return hash(%s)' % _tuple_of(fields, 'self')],
                          cls, globals_ns, {})


# What to do about __hash__, indexed by (unsafe_hash, eq, frozen, __hash__ in the class body):
# None leaves it alone, 'set' generates one, 'none' sets __hash__ = None, 'error' refuses.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return 'error' if has_explicit_hash else 'set'
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else 'set'
    return None if has_explicit_hash else 'none'


def _signature_text(cls):
    """'C(x: int, y: int = 0)': the class's signature, for a missing docstring."""
    init = cls.__dict__.get('__init__')
    fields_ = [f for f in getattr(cls, _FIELDS).values()
               if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    pos = [f for f in fields_ if not f.kw_only]
    kw = [f for f in fields_ if f.kw_only]

    def text(f):
        s = f.name + ': ' + _annotation_text(f.type)
        if f.default is not MISSING:
            s += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            s += ' = <factory>'
        return s

    parts = [text(f) for f in pos]
    if kw:
        parts.append('*')
        parts += [text(f) for f in kw]
    if init is None:
        parts = []
    return cls.__name__ + '(' + ', '.join(parts) + ')'


def _annotation_text(a):
    if isinstance(a, type) and not isinstance(a, types.GenericAlias):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a).replace('typing.', '')


# ---- the decorator -------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ns = sys.modules[cls.__module__].__dict__
    else:
        globals_ns = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_default = kw_only
    seen_kw_only = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type) or (isinstance(a_type, str)
                                   and _string_names(a_type, cls, 'KW_ONLY', sys.modules[__name__])):
            if seen_kw_only:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            seen_kw_only = True
            kw_only_default = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_default))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
            '__dataclass_self__' if 'self' in fields else 'self', globals_ns, slots, cls))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr], cls,
                                                     globals_ns))

    if eq:
        compared = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', _tuple_of(compared, 'self'),
                                                  _tuple_of(compared, 'other'), cls, globals_ns))

    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, _tuple_of(compared, 'self'),
                                                     _tuple_of(compared, 'other'), cls, globals_ns)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals_ns):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'error':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
    if action == 'set':
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(hashed, cls, globals_ns)
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in getattr(cls, _FIELDS).values()
                        if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(base.__dict__.get('__slots__', ()))
    slots = tuple(name for name in field_names if name not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        def getstate(self):
            return [getattr(self, f.name) for f in fields(self)]

        def setstate(self, state):
            for f, value in zip(fields(self), state):
                object.__setattr__(self, f.name, value)
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more, as asked) to a class from its annotations."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- working with instances ----------------------------------------------------------

def fields(class_or_instance):
    """The Fields of a dataclass or instance (InitVars and ClassVars left out)."""
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields_.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    import copy
    return copy.deepcopy(obj)


def _convert(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        if as_tuple:
            return tuple(_convert(getattr(obj, f.name), dict_factory, True) for f in fields(obj))
        return dict_factory([(f.name, _convert(getattr(obj, f.name), dict_factory, False))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_convert(k, dict_factory, as_tuple)] = _convert(v, dict_factory, as_tuple)
            return result
        return type(obj)((_convert(k, dict_factory, as_tuple), _convert(v, dict_factory, as_tuple))
                         for k, v in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples, dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_convert(obj, dict, True))


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Make a dataclass named cls_name from (name), (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        import keyword
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
