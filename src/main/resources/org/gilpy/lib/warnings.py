"""Issue, filter and show warnings, as CPython 3.11 does.

A warning goes through the filters (first match wins; defaultaction when none does),
the registry of the module that issued it (`__warningregistry__`, which makes
"default", "module" and "once" show a warning once), then showwarning(), which writes
"file:line: Category: message" and the source line to stderr. The interpreter's own
warnings come here through warnings.warn as well (vm/Warnings.java).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (default sys.stderr)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: "file:line: Category: message\\n" and the
    stripped source line indented by two spaces."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return          # no stderr: nowhere to show it
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # gilpy has no tracemalloc: the allocation traceback is never available
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Show a WarningMessage through the user's showwarning() if it was replaced."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Format a WarningMessage through the user's formatwarning() if it was replaced."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- filters --------------------------------------------------------------------------

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter at the front of the list (at the end with append=True): `action`
    for warnings whose text starts with a match of the regular expression `message`
    (ignoring case), of a subclass of `category`, issued by a module whose name starts
    with a match of `module`, at line `lineno` (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """A filter for every message and module: `action` for `category` at `lineno`."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (including the default ones)."""
    filters[:] = []
    _filters_mutated()


_filters_version = 0


# ---- -W options (sys.warnoptions) -----------------------------------------------------

class _OptionError(Exception):
    """A malformed -W option (reported and ignored)."""


def _processoptions(args):
    """Add a filter for each -W style option "action:message:category:module:lineno"."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)          # a literal prefix of the message
    if module:
        module = _escape(module) + r'\Z'    # the whole module name
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    """re.escape: a backslash before each character with a meaning in patterns."""
    try:
        import re
    except ImportError:
        return ''.join('\\' + c if c in _SPECIAL else c for c in text)
    return re.escape(text)


def _filters_mutated():
    """Forget what the registries remember: a changed filter may show a warning again."""
    global _filters_version
    _filters_version += 1


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def _matches(pattern, text):
    """A filter's message or module field: None matches anything, a str (as in the
    default filters) must be equal, a compiled pattern must match at the start."""
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


class _Pattern:
    """Stands in for re.compile() until gilpy has a re module: literal characters,
    escapes (\\d \\w \\s \\D \\W \\S, escaped punctuation), '.', classes [...], groups
    (...) with |, the quantifiers * + ? {m,n} (greedy, and lazy with ?), '^', '$' and
    '\\Z'. It is matched at the start of the text, like re's match()."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.flags = 2 if ignore_case else 0
        self._ignore_case = ignore_case
        self._pos = 0
        self._tree = self._alternation()
        if self._pos != len(pattern):
            raise ValueError("unbalanced parenthesis at position %d" % self._pos)

    def __repr__(self):
        if self._ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # -- parsing into nodes: ('seq', [nodes]), ('alt', [seqs]), ('rep', node, lo, hi, lazy),
    #    ('set', test), ('bol',), ('eol',), ('end',)

    def _peek(self):
        return self.pattern[self._pos] if self._pos < len(self.pattern) else None

    def _alternation(self):
        branches = [self._sequence()]
        while self._peek() == '|':
            self._pos += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def _sequence(self):
        items = []
        while self._peek() not in (None, '|', ')'):
            atom = self._atom()
            items.append(self._quantified(atom))
        return ('seq', items)

    def _quantified(self, atom):
        c = self._peek()
        if c in ('*', '+', '?'):
            self._pos += 1
            lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        elif c == '{' and self._brace_quantifier() is not None:
            lo, hi = self._brace_quantifier(consume=True)
        else:
            return atom
        lazy = self._peek() == '?'
        if lazy:
            self._pos += 1
        return ('rep', atom, lo, hi, lazy)

    def _brace_quantifier(self, consume=False):
        close = self.pattern.find('}', self._pos)
        if close < 0:
            return None
        body = self.pattern[self._pos + 1:close]
        lo, comma, hi = body.partition(',')
        if not (lo.isdigit() or (comma and lo == '')) or (hi and not hi.isdigit()):
            return None
        if consume:
            self._pos = close + 1
        low = int(lo) if lo else 0
        if not comma:
            return low, low
        return low, int(hi) if hi else None

    def _atom(self):
        p = self.pattern
        c = p[self._pos]
        self._pos += 1
        if c == '.':
            return ('set', lambda ch: ch != '\n')
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if p.startswith('?:', self._pos):
                self._pos += 2
            node = self._alternation()
            if self._peek() != ')':
                raise ValueError("missing ), unterminated subpattern")
            self._pos += 1
            return node
        if c == '[':
            return self._char_class()
        if c == '\\':
            return self._escape()
        if c in '*+?':
            raise ValueError("nothing to repeat at position %d" % (self._pos - 1))
        return self._literal(c)

    def _literal(self, c):
        if self._ignore_case:
            low = c.lower()
            return ('set', lambda ch: ch.lower() == low)
        return ('set', lambda ch: ch == c)

    def _escape(self):
        if self._pos >= len(self.pattern):
            raise ValueError("bad escape (end of pattern)")
        c = self.pattern[self._pos]
        self._pos += 1
        if c == 'Z':
            return ('end',)
        test = _CLASS_ESCAPES.get(c)
        if test is not None:
            return ('set', test)
        return self._literal({'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(c, c))

    def _char_class(self):
        p = self.pattern
        negate = self._peek() == '^'
        if negate:
            self._pos += 1
        tests = []
        first = True
        while True:
            if self._pos >= len(p):
                raise ValueError("unterminated character set")
            c = p[self._pos]
            if c == ']' and not first:
                self._pos += 1
                break
            first = False
            self._pos += 1
            if c == '\\' and self._pos < len(p):
                e = p[self._pos]
                self._pos += 1
                if e in _CLASS_ESCAPES:
                    tests.append(_CLASS_ESCAPES[e])
                    continue
                c = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(e, e)
            if self._peek() == '-' and self._pos + 1 < len(p) and p[self._pos + 1] != ']':
                end = p[self._pos + 1]
                self._pos += 2
                tests.append(self._range(c, end))
            else:
                tests.append(self._range(c, c))
        def test(ch, tests=tests, negate=negate):
            return any(t(ch) for t in tests) != negate
        return ('set', test)

    def _range(self, lo, hi):
        if self._ignore_case:
            return lambda ch: (lo <= ch <= hi or lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)
        return lambda ch: lo <= ch <= hi

    # -- matching: continuation-passing backtracking over the node tree

    def match(self, text):
        """A true value (the end of the match + 1) when a prefix of text matches, else None."""
        end = self._m(self._tree, text, 0, lambda i: i)
        return None if end is None else _Match(text, end)

    def _m(self, node, text, i, k):
        kind = node[0]
        if kind == 'set':
            if i < len(text) and node[1](text[i]):
                return k(i + 1)
            return None
        if kind == 'seq':
            return self._seq(node[1], 0, text, i, k)
        if kind == 'alt':
            for branch in node[1]:
                r = self._m(branch, text, i, k)
                if r is not None:
                    return r
            return None
        if kind == 'rep':
            return self._rep(node, 0, text, i, k)
        if kind == 'bol':
            return k(i) if i == 0 else None
        if kind == 'eol':
            return k(i) if i == len(text) or (i == len(text) - 1 and text[i] == '\n') else None
        if kind == 'end':
            return k(i) if i == len(text) else None
        raise AssertionError(kind)

    def _seq(self, items, n, text, i, k):
        if n == len(items):
            return k(i)
        return self._m(items[n], text, i, lambda j: self._seq(items, n + 1, text, j, k))

    def _rep(self, node, count, text, i, k):
        _, atom, lo, hi, lazy = node
        more_allowed = hi is None or count < hi

        def again(j):
            if j == i and count >= lo:
                return None          # an empty iteration cannot make progress
            return self._rep(node, count + 1, text, j, k)

        if count < lo:
            return self._m(atom, text, i, again)
        if lazy:
            r = k(i)
            if r is None and more_allowed:
                r = self._m(atom, text, i, again)
            return r
        r = self._m(atom, text, i, again) if more_allowed else None
        if r is None:
            r = k(i)
        return r


class _Match:
    def __init__(self, text, end):
        self.string = text
        self._end = end

    def group(self, n=0):
        return self.string[:self._end]

    def end(self):
        return self._end


_CLASS_ESCAPES = {
    'd': lambda ch: ch.isdigit(),
    'D': lambda ch: not ch.isdigit(),
    'w': lambda ch: ch.isalnum() or ch == '_',
    'W': lambda ch: not (ch.isalnum() or ch == '_'),
    's': lambda ch: ch.isspace(),
    'S': lambda ch: not ch.isspace(),
}


# ---- issuing warnings -----------------------------------------------------------------

def _is_internal_frame(frame):
    """Frames of the import machinery, which stacklevel skips."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (a Warning instance, or a message and a category, UserWarning
    by default) attributed to the caller, or stacklevel - 1 frames further out."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    frame = None
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            frame = sys._getframe(stacklevel)
        else:
            frame = sys._getframe(1)
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location. `registry` (a module's
    __warningregistry__) remembers the warnings already shown."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the filters and showwarning() on entry and
    restores them on exit. With record=True, warnings are not shown but appended to
    the list __enter__ returns; action/category/lineno/append set a simplefilter()
    for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # showwarning() as it was at import, so that records reach _showwarnmsg_impl
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """For standard modules slated for removal: a DeprecationWarning naming the version
    `remove` (a (major, minor) tuple) blamed on the importer of the caller; a
    RuntimeError once that version is out of alpha."""
    removal = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {removal} alpha")
    warn(message.format(name=name, remove=removal), DeprecationWarning, stacklevel=3)


# CPython 3.11's default filters (a release build without -W or -X dev): deprecations
# are shown only when issued by __main__ itself.
defaultaction = "default"
onceregistry = {}
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_processoptions(sys.warnoptions)
