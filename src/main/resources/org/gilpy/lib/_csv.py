"""CSV parsing and writing.

reader(iterable, dialect='excel', **fmtparams) parses lines into lists of
fields; writer(fileobj, dialect='excel', **fmtparams) turns sequences into
lines.  A dialect names a set of format parameters (delimiter, quotechar,
escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict);
register_dialect, get_dialect, list_dialects and unregister_dialect manage
the names, and field_size_limit bounds the length of a parsed field.
"""

# gilpy writes CPython's C accelerator _csv in Python, with the hot loops in
# Java: the reader's character state machine (_csvparse.parse_line, fed one
# line at a time) and the writer's row formatting (_csvparse.format_row).
# csv.py builds on this module.

from _csvparse import format_row as _format_row, parse_line as _parse_line

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024
_MISSING = object()


class Error(Exception):
    pass


_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')
_DEFAULTS = {'delimiter': ',', 'doublequote': True, 'escapechar': None,
             'lineterminator': '\r\n', 'quotechar': '"',
             'quoting': QUOTE_MINIMAL, 'skipinitialspace': False,
             'strict': False}


def _char(name, value, optional):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        if optional:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The format parameters of a reader or writer, checked and read-only.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar',
                 '_lineterminator', '_quotechar', '_quoting',
                 '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, *args, **kwargs):
        if len(args) > len(_ATTRS):
            raise TypeError('Dialect() takes at most 9 arguments (%d given)'
                            % (len(args) + 1))
        for name, value in zip(_ATTRS, args):
            kwargs[name] = value
        for key in kwargs:
            if key not in _DEFAULTS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if type(dialect) is Dialect and cls is Dialect and not kwargs:
            return dialect
        missing = _MISSING
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None:
                values[name] = getattr(dialect, name, missing)
            else:
                values[name] = missing
        self = object.__new__(cls)
        set_ = object.__setattr__
        v = values['delimiter']
        set_(self, '_delimiter', ',' if v is missing else _char('delimiter', v, False))
        v = values['doublequote']
        set_(self, '_doublequote', True if v is missing else bool(v))
        v = values['escapechar']
        set_(self, '_escapechar', None if v is missing else _char('escapechar', v, True))
        v = values['lineterminator']
        if v is missing:
            v = '\r\n'
        elif v is not None and not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', v)   # None is refused below
        v = values['quotechar']
        set_(self, '_quotechar', '"' if v is missing else _char('quotechar', v, True))
        q = values['quoting']
        if q is missing:
            q = QUOTE_NONE if v is None else QUOTE_MINIMAL
        elif type(q) is not int:
            # CPython accepts exact ints only: not bool, not IntEnum
            raise TypeError('"quoting" must be an integer')
        set_(self, '_quoting', int(q))
        v = values['skipinitialspace']
        set_(self, '_skipinitialspace', False if v is missing else bool(v))
        v = values['strict']
        set_(self, '_strict', False if v is missing else bool(v))
        if self._quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    def __setattr__(self, name, value):
        if name in _DEFAULTS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        if type(self) is not Dialect:
            # a subclass has a __dict__ for attributes of its own
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return Dialect(dialect, **kwargs)


# reader states, numbered as in _csvparse (Java), which runs the machine
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)


class _Parser:
    """The state of one reader: its line iterator, dialect, line count and
    the record being assembled."""

    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0
        self._options = (dialect.delimiter, dialect.quotechar,
                         dialect.escapechar, dialect.quoting,
                         dialect.doublequote, dialect.skipinitialspace,
                         dialect.strict)

    def next_row(self):
        # each call starts a fresh record, also after an error
        fields = []
        field = ''
        numeric = False
        state = _START_RECORD
        it = self._it
        while True:
            try:
                line = next(it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    fields.append(float(field) if numeric else field)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            state, field, numeric = _parse_line(
                line, state, field, numeric, fields,
                self._options + (_field_limit, Error))
            if state == _START_RECORD:
                return fields


class Reader:
    """CSV reader

Iterating gives the rows of the underlying lines as lists of strings.
"""

    __slots__ = ('_p',)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def __next__(self):
        return self._p.next_row()

    dialect = property(lambda self: self._p.dialect)
    line_num = property(lambda self: self._p.line_num)

    def __setattr__(self, name, value):
        if name in ('dialect', 'line_num'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'_csv.reader' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.reader' object")


Reader.__name__ = Reader.__qualname__ = 'reader'


class Writer:
    """CSV writer

writerow and writerows format rows and write them to the file object.
"""

    __slots__ = ('_write', '_dialect', '_options')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    dialect = property(lambda self: self._dialect)

    def __setattr__(self, name, value):
        if name == 'dialect':
            raise AttributeError('readonly attribute')
        raise AttributeError("'_csv.writer' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.writer' object")

    def writerow(self, row):
        """writerow(iterable)

Writes one row; None is written as an empty field and other non-strings
through str().  Returns what the file's write() returned."""
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s'
                        % type(row).__name__) from None
        return self._write(_format_row(it, self._options))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Writes each row as writerow does."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

iterable gives one line (a str) at a time, e.g. a file opened with
newline=''; dialect and the keyword arguments set the format.  Each
iteration returns one row, which may span several lines.
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    it = iter(args[0])
    dialect = args[1] if len(args) > 1 else kwargs.pop('dialect', None)
    self = object.__new__(Reader)
    object.__setattr__(self, '_p', _Parser(it, _make_dialect(dialect, kwargs)))
    return self


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerow(row)   or   csv_writer.writerows(rows)

fileobj is anything with a write() method, e.g. a file opened with
newline=''; dialect and the keyword arguments set the format.
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = args[1] if len(args) > 1 else kwargs.pop('dialect', None)
    self = object.__new__(Writer)
    object.__setattr__(self, '_write', write)
    d = _make_dialect(dialect, kwargs)
    object.__setattr__(self, '_dialect', d)
    object.__setattr__(self, '_options', (
        d.delimiter, d.quotechar, d.escapechar, d.quoting, d.doublequote,
        d.lineterminator, Error))
    return self


def register_dialect(name, dialect=None, **kwargs):
    """Give a name to a dialect.
    csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Forget a dialect name.
    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def get_dialect(name):
    """The dialect registered under a name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """The registered dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Get or set the longest field the reader accepts.
    csv.field_size_limit([limit])

Returns the limit in force before the call; without an argument the
limit stays as it is."""
    global _field_limit
    for key in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for "
                        "field_size_limit()" % key)
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument '
                        '(%d given)' % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if type(limit) is not int:
            # exact ints only, as in CPython: not bool, not subclasses
            raise TypeError('limit must be an integer')
        if not -2 ** 63 <= limit < 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        _field_limit = limit
    return old
