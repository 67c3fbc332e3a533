"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers (gilpy's own).

How it fits together:
- A class statement whose metaclass is EnumType gets an ``_EnumDict`` as its namespace.
  The dict decides, as each name is bound, whether it is a member (a plain value or
  ``auto()``) or an ordinary attribute (dunders, descriptors, ``nonmember``, ``_ignore_``).
- ``EnumType.__new__`` makes the class without the members, then turns each member
  value into an instance of the class (through the data type's ``__new__`` when one is
  mixed in), finds aliases, and fills ``_member_map_``, ``_member_names_`` and
  ``_value2member_map_``. Afterwards ``Cls(value)`` looks a member up instead of making one.
- Flags keep bit masks; a value with several bits becomes a cached pseudo-member named
  after its bits (``R|W``), as ``Flag._missing_`` decides with the class's boundary.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# The classes below are defined in order; while Enum itself is being made these are None.
Enum = Flag = EJECT = ReprEnum = None


# ---- names and values ----------------------------------------------------------------

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_low_to_high(num):
    """The powers of two that make up a non-negative int, lowest first."""
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_bits_low_to_high(value))


def bin(num, max_bits=None):
    """Two's-complement binary: a sign digit, a space, then the digits ('0b0 0100')."""
    width = num.bit_length() if num >= 0 else (~num).bit_length()
    if num >= 0:
        sign, digits = '0', format(num, 'b') if num else ''
    else:
        sign, digits = '1', format(num & ((1 << width) - 1), 'b').rjust(width, '0') if width else ''
    digits = digits.rjust(width, sign) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    if not digits:
        digits = sign
    return '0b%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value that ``_generate_next_value_`` chooses."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Keeps a value in an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Makes a value a member even when it is a descriptor (a function, say)."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """The ``name`` and ``value`` of members: read on members, AttributeError on the class."""

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError(self.name)
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__['_%s_' % self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


def _warn(message, stacklevel):
    import warnings  # imported here: most programs never need it
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


# ---- the class namespace -------------------------------------------------------------

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
    '_add_alias_', '_add_value_alias_',
))


class _EnumDict(dict):
    """The namespace of an enum class body: it sorts members from other attributes."""

    def __init__(self):
        super().__init__()
        self._member_names = {}          # names in definition order (a dict as an ordered set)
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
                self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value


# ---- the metaclass -------------------------------------------------------------------

class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for key in classdict._ignore + ['_ignore_']:
            dict.pop(classdict, key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = list(classdict._member_names)
        bad = [name for name in member_names if name in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % (', '.join(repr(n) for n in bad),))
        values = {name: dict.pop(classdict, name) for name in member_names}
        order = dict.pop(classdict, '_order_', None)

        body = dict(classdict)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag:
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        # A mixed-in data type comes before the enum base in the MRO: its repr, str,
        # format and reduce must not replace the enum's own (unless the class body asks).
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        for name in member_names:
            metacls._add_member_(enum_class, name, values[name], new_member, use_args, member_type)

        if is_flag:
            metacls._finish_flag_(enum_class)

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            actual = [m._name_ for m in enum_class]
            if order != actual:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (actual, order))
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, new_member, use_args, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if not use_args:
            enum_member = new_member(enum_class)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value if member_type is object else member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        canonical = _find_alias(enum_class, value)
        if canonical is not None:
            enum_member = canonical
        elif Flag is not None and issubclass(enum_class, Flag) and not (
                isinstance(value, int) and _is_single_bit(value)):
            pass  # a flag with no bits or several bits is an alias: it is not iterated
        else:
            enum_class._member_names_.append(name)
        type.__setattr__(enum_class, name, enum_member)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        singles = multis = 0
        for m in enum_class._member_map_.values():
            v = m._value_
            if not isinstance(v, int):
                continue
            if _is_single_bit(v):
                singles |= v
            else:
                multis |= v
        mask = singles | multis
        enum_class._flag_mask_ = mask
        enum_class._singles_mask_ = singles
        enum_class._all_bits_ = (1 << mask.bit_length()) - 1
        defined = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
        if defined != sorted(defined):
            type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return metacls._find_data_type_(class_name, bases) or object, last

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._value_repr_ is not None:
                        return base._value_repr_
                elif '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args

    # -- the class as a container of members --

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        member_type, first_enum = metacls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum named `name` in `module` from the module's constants that `filter`
        accepts (sorted by value, then name), and put its members in the module's globals
        in place of the plain constants (how signal, socket and others make theirs)."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else getattr(source, '__dict__', source)
        members = sorted(((n, v) for n, v in source.items() if filter(n)),
                         key=lambda item: (item[1], item[0]))
        enum_class = cls(name, members, module=module, boundary=boundary)
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                  "False depending on whether the value is a member or the value of a member", 3)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__init_subclass__', '__iter__', '__len__', '__members__',
                           '__module__', '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is not object:
            interesting |= set(dir(cls._member_type_))
        return sorted(interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _find_alias(enum_class, value):
    try:
        found = enum_class._value2member_map_.get(value)
        if found is not None:
            return found
    except TypeError:
        pass
    for existing in enum_class._member_map_.values():
        if existing._value_ == value:
            return existing
    return None


# ---- the base classes ----------------------------------------------------------------

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access::

    >>> Color.RED
    <Color.RED: 1>

    - value lookup:

    >>> Color(1)
    <Color.RED: 1>

    - name lookup:

    >>> Color['RED']
    <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT and isinstance(result, int):
                return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if exc.__context__ is None:
            exc.__context__ = not_valid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            ordered = sorted(last_values)
            in_order = ordered[-1] == last_values[-1]
        except TypeError:
            in_order = False
        for v in reversed(last_values):
            try:
                result = v + 1
            except TypeError:
                continue
            if not in_order:
                _warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
                      "to be sortable and support adding +1\nand the value returned will be the "
                      "largest value in the enum incremented by 1", 5)
            return result
        raise TypeError('unable to increment %r' % (last_values[-1],))

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_':
                interesting.add(name)
        members = self.__class__._member_map_
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_' or name in members:
                    continue
                interesting.add(name)
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_to_high(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        aliases = value & ~singles_mask
        single_value = value & singles_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if single_value or aliases:
            members = list(cls._iter_member_(single_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                for m in cls._member_map_.values():
                    mv = m._value_
                    if m not in members and mv and mv & value == mv:
                        members.append(m)
                        combined |= mv
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(m._name_ for m in members)
            if unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            if unknown and combined:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


# Flag was made while the name Flag was still None, so it missed what flag classes get.
for _name, _value in (('_boundary_', STRICT), ('_flag_mask_', 0), ('_singles_mask_', 0),
                      ('_all_bits_', 0), ('_inverted_', None)):
    type.__setattr__(Flag, _name, _value)
del _name, _value


def _bit_count(num):
    return format(num, 'b').count('1') if num >= 0 else format(~num, 'b').count('0')


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    # int comes first in the MRO; the bit operations must stay Flag's.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


# ---- decorators and checks -----------------------------------------------------------

def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % pair for pair in duplicates)))
    return enumeration


class EnumCheck(StrEnum):
    """The checks ``verify`` can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks an enumeration against the given EnumChecks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        kind = 'flag' if Flag is not None and issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in duplicates)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [b for b in (2 ** i for i in range(low.bit_length() - 1, high.bit_length()))
                               if b not in values]
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    raise ValueError('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                bad_names, bad_values = [], 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    missing = [b for b in _bits_low_to_high(alias.value)
                               if b not in enumeration._value2member_map_]
                    if missing:
                        bad_names.append(name)
                        for b in missing:
                            bad_values |= b
                if bad_names:
                    if len(bad_names) == 1:
                        alias = 'alias %s is missing' % bad_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(bad_names[:-1]), bad_names[-1])
                    if _is_single_bit(bad_values):
                        value = 'value 0x%x' % bad_values
                    else:
                        value = 'combined values of 0x%x' % bad_values
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


# ---- enums whose members are module globals (re.IGNORECASE) ---------------------------

def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    parts = []
    for part in self._name_.split('|'):
        parts.append(part if part[0].isdigit() else '%s.%s' % (module, part))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members become globals of the class's module and print that way."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
