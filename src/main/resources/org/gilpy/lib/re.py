"""Support for regular expressions (CPython 3.11's re module).

The syntax, the matching and the error messages come from gilpy's engine, the Java module
_sre (org.gilpy.modules.re); this module holds the public API: compile and the module
functions, Pattern, Match, replacement templates, RegexFlag and the compiled-pattern cache.
"""

import copyreg
import enum
import sys
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_GenericAlias = type(list[int])

__version__ = "2.2.1"

_MAXSIZE = sys.maxsize


# ---- flags ------------------------------------------------------------------------------

@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    """The re flags; members are also module globals (re.I is re.IGNORECASE)."""
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


# the order in which a Pattern's repr names its flags
_REPR_FLAGS = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
    ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


# ---- the exception ------------------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---- Pattern ------------------------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    # match, fullmatch, search, findall, split, scanner, sub and subn are the engine's own
    # (Java) methods, bound per pattern: a call goes straight to the engine, without a
    # Python frame.
    __slots__ = ("_engine", "_pattern", "_flags", "_groups", "_groupindex",
                 "match", "fullmatch", "search", "findall", "split", "scanner", "sub", "subn")

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, flags, engine):
        self._engine = engine
        self._pattern = pattern
        self._flags = engine.flags
        self._groups = engine.groups
        self._groupindex = engine.groupindex
        engine.bind(self, _match_expand, _compile_template)
        self.match = engine.match
        self.fullmatch = engine.fullmatch
        self.search = engine.search
        self.findall = engine.findall
        self.split = engine.split
        self.scanner = engine.scanner
        self.sub = engine.sub
        self.subn = engine.subn

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return self._groupindex

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        text = repr(self._pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        parts = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                parts.append("re." + name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Returns an iterator over all non-overlapping matches (Match objects)."""
        return iter(self._engine.scanner(string, pos, endpos).search, None)


# ---- Match ------------------------------------------------------------------------------

Match = _sre.Match


def _match_expand(m, template):
    """Match.expand: the template with the match's groups substituted."""
    out = []
    for piece in _compile_template(m.re, template):
        if isinstance(piece, int):
            g = m.group(piece)
            if g is not None:
                out.append(g)
        else:
            out.append(piece)
    return ("" if isinstance(m.re.pattern, str) else b"").join(out)


# ---- replacement templates ---------------------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

_template_cache = {}


def _compile_template(pattern, repl):
    """The pieces of a replacement template: literal strings and group numbers."""
    # keyed by the pattern's text and flags (which fix its groups), not by the Pattern,
    # whose __hash__ and __eq__ would cost Python calls on every sub
    key = (type(repl), repl, type(pattern._pattern), pattern._pattern, pattern._flags)
    try:
        return _template_cache[key]
    except (KeyError, TypeError):
        pass
    is_bytes = not isinstance(pattern._pattern, str)
    if is_bytes:
        if isinstance(repl, str):
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        try:
            text = bytes(repl).decode("latin-1")
        except TypeError:
            raise TypeError("sequence item 0: expected a bytes-like object, %s found"
                            % type(repl).__name__) from None
    else:
        if not isinstance(repl, str):
            raise TypeError("sequence item 0: expected str instance, %s found" % type(repl).__name__)
        text = repl
    pieces = []
    literal = []
    groups = pattern._groups
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        index = None
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            name_start = i
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    fail("missing group name", name_start)
                fail("missing >, unterminated name", name_start)
            name = text[i:close]
            i = close + 1
            if not name:
                fail("missing group name", name_start)
            if name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern._groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, name_start)
                if index > groups:
                    fail("invalid group reference %d" % index, name_start)
        elif c == "0":
            j = i
            while j < n and j < i + 2 and text[j] in _OCTDIGITS:
                j += 1
            literal.append(chr(int(text[i - 1:j], 8)))
            i = j
            continue
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                if (c in _OCTDIGITS and text[i] in _OCTDIGITS and i + 1 < n
                        and text[i + 1] in _OCTDIGITS):
                    value = int(text[i - 1:i + 2], 8)
                    i += 2
                    if value > 0o377:
                        fail("octal escape value %s outside of range 0-0o377" % text[start:i], start)
                    literal.append(chr(value))
                    continue
                index = int(text[i - 1:i + 1])
                i += 1
            else:
                index = int(c)
            if index > groups:
                fail("invalid group reference %d" % index, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            fail("bad escape %s" % text[start:i], start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            pieces.append("".join(literal))
            literal = []
        pieces.append(index)
    if literal or not pieces:
        pieces.append("".join(literal))
    if is_bytes:
        pieces = [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    if len(_template_cache) >= 512:
        _template_cache.clear()
    try:
        _template_cache[key] = pieces
    except TypeError:
        pass
    return pieces


# ---- module functions and the cache -----------------------------------------------------------

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags, warn_template=True):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    debug = flags & DEBUG  # also CPython's TypeError for a flags argument that is not an int
    if flags & TEMPLATE and warn_template:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    engine = _sre.compile(pattern, flags, error)
    if debug:
        print(engine.dump(), end="")
    p = Pattern(pattern, flags, engine)
    if not debug:
        if len(_cache) >= _MAXCACHE:
            # drop the oldest entry (dicts keep insertion order)
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object,
    or None if no match was found."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return p._engine.findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    p = _cache.get((type(pattern), pattern, flags))
    if p is None:
        p = _compile(pattern, flags)
    return iter(p._engine.scanner(string).search, None)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE, False)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


class Scanner:
    """A simple lexer (undocumented in CPython too): lexicon is a list of (pattern, action);
    scan() matches the patterns in turn at the current position, the first that matches
    wins, and its action (a callable taking the scanner and the matched text, or a value;
    None drops the token) gives the next result."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        branches = []
        self._phrase_of = {}
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._phrase_of[group] = index
            branches.append("(%s)" % phrase if isinstance(phrase, str) else b"(" + phrase + b")")
            group += 1 + compile(phrase, flags).groups
        if branches and not isinstance(branches[0], str):
            self.scanner = compile(b"|".join(branches), flags)
        else:
            self.scanner = compile("|".join(branches), flags)

    def scan(self, string):
        result = []
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in text).encode("latin1")


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)
