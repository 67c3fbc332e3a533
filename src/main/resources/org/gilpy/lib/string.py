"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

gilpy writes Formatter's format-string parser by hand (CPython uses the C helper
_string).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template -----------------------------------------------------------------------

_sentinel_dict = {}


class _Chain:
    """Looks a key up in the keyword arguments first, then in the mapping."""

    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _LazyPattern:
    """Template.pattern: the compiled regular expression of one Template class, from what
    the class says when it is made (its own pattern, or delimiter, idpattern and
    braceidpattern) and its flags plus re.VERBOSE. It is compiled at first use: importing
    re and compiling cost gilpy far more than CPython, and most programs that import string
    never use Template. A class that sets its own pattern, idpattern, braceidpattern or
    flags is compiled at once, so that what cannot compile fails when the class is made,
    as in CPython."""

    __slots__ = ('source', 'flags', 'compiled')

    def __init__(self, cls):
        self.compiled = None
        self.flags = _own_flags(cls)
        if 'pattern' in cls.__dict__:
            self.source = cls.pattern
        else:
            delim, ident, braced = cls.delimiter, cls.idpattern, cls.braceidpattern
            if braced is None:
                braced = ident
            self.source = (delim, ident, braced)
            if type(delim) is str and type(ident) is str and type(braced) is str:
                self.source = _template_source(_escape(delim), ident, braced)
        if type(self.source) is not str or self.flags is not None or 'pattern' in cls.__dict__ \
                or cls.idpattern is not Template.idpattern or cls.braceidpattern is not None:
            self.get()   # raise now what CPython raises when the class is made

    def get(self):
        if self.compiled is None:
            import re
            source = self.source
            if type(source) is tuple:
                delim, ident, braced = source
                source = _template_source(re.escape(delim), ident, braced)
            flags = re.IGNORECASE if self.flags is None else self.flags
            self.compiled = re.compile(source, flags | re.VERBOSE)
        return self.compiled

    def __get__(self, obj, owner=None):
        return self.get()


class _DefaultFlags:
    """Template.flags, re.IGNORECASE (imported at first use)."""

    def __get__(self, obj, owner=None):
        import re
        return re.IGNORECASE


def _own_flags(cls):
    """The class's flags, None for Template's default (without importing re)."""
    for k in cls.__mro__:
        if 'flags' in k.__dict__:
            f = k.__dict__['flags']
            return None if type(f) is _DefaultFlags else cls.flags
    return cls.flags


def _template_source(delim, ident, braced):
    return r"""
            %s(?:
              (?P<escaped>%s)  |      # two delimiters: one literal delimiter
              (?P<named>%s)    |      # delimiter then an identifier
              {(?P<braced>%s)} |      # delimiter then an identifier in braces
              (?P<invalid>)           # any other use of the delimiter
            )
            """ % (delim, delim, ident, braced)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    """re.escape of a str, without importing re."""
    return ''.join('\\' + c if c in _SPECIAL else c for c in text)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _DefaultFlags()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _LazyPattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        # i is where the invalid group starts (just after the delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            self._unrecognized()

        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                self._unrecognized()
        return ids


Template.pattern = _LazyPattern(Template)


# ---- Formatter ----------------------------------------------------------------------

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) for a format string,
    as str.format reads it."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # a replacement field: the name (brackets hide ':', '!' and braces)
        i += 1
        start = i
        in_brackets = False
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if in_brackets:
                if c == ']':
                    in_brackets = False
            elif c == '[':
                in_brackets = True
            elif c == '{':
                raise ValueError("unexpected '{' in field name")
            elif c in '}:!':
                break
            i += 1
        field_name = s[start:i]
        conversion = None
        format_spec = ''
        i += 1
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c != '}' and c != ':':
                    raise ValueError("expected ':' after conversion specifier")
            else:
                c = ':'
        if c == ':':
            start = i
            depth = 1
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                ch = s[i]
                if ch == '{':
                    depth += 1
                elif ch == '}':
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            format_spec = s[start:i]
            i += 1
        yield ''.join(literal), field_name, format_spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _field_key(text):
    return int(text) if text.isdecimal() else text


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        if c == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield True, name[i + 1:j]
            i = j
        elif c == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield False, _field_key(name[i + 1:j])
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """(first, rest): the argument key (an int when all digits) and an iterator of
    (is_attribute, key) for the .attr and [index] parts that follow."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _field_key(name[:i]), _field_rest(name, i)


class Formatter:
    """The machinery of str.format as overridable methods: parse, get_field,
    get_value, check_unused_args, format_field and convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # automatic numbering ({}) and manual numbering ({0}) cannot be mixed
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec, conversion).
        field_name is None after the last literal text; conversion is None when
        there is none."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Returns (object, used_key): the argument named by field_name with its
        attributes and indexes applied, and the argument key."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
