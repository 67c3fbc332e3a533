"""Extract, format and print stack traces and exceptions, as CPython 3.11 does.

The caret lines under source lines ("^^^^", "~~~^^^") come from the code object's
co_positions() and from the interpreter's own traceback display (_traceback), so that
traceback.print_exc() prints what an uncaught exception prints.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()



# ---- printing and formatting shortcuts ------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects or (filename, lineno, name,
    line) tuples, as extract_tb() or extract_stack() return them."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The strings print_list() would print, one per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of a traceback (all when limit is None)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's entries."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback and, when chain is true, the exceptions
    it was caused by or raised while handling, to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a printed exception: "Type: message" (with the location of a
    SyntaxError before it, and the __notes__ after it)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc() as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type, sys.last_value and sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller's frame) outward."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """print_stack() as a list of strings."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller's), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass                        # the frame is still executing
        tb = tb.tb_next


# ---- walking frames -------------------------------------------------------------------

def walk_stack(f):
    """Yield (frame, lineno) from frame f outward through f_back. With f None, start
    where CPython's does (four frames above this generator's frame)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, through tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _byte_positions(tb.tb_frame.f_code,
                                    _get_code_position(tb.tb_frame.f_code, tb.tb_lasti))
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _byte_positions(code, positions):
    """gilpy's co_positions() counts columns in characters; FrameSummary.colno and
    end_colno are UTF-8 byte offsets, as in CPython (the same on ASCII lines)."""
    lineno, end_lineno, colno, end_colno = positions
    if colno is not None and lineno is not None:
        colno = _char_to_byte_offset(linecache.getline(code.co_filename, lineno), colno)
    if end_colno is not None and end_lineno is not None:
        end_colno = _char_to_byte_offset(linecache.getline(code.co_filename, end_lineno), end_colno)
    return lineno, end_lineno, colno, end_colno


def _char_to_byte_offset(line, offset):
    if line.isascii():
        return offset
    return len(line[:offset].encode('utf-8'))


def _byte_offset_to_character_offset(line, offset):
    as_utf8 = line.encode('utf-8')
    return len(as_utf8[:offset].decode('utf-8', errors='replace'))


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    target = instruction_index // 2
    for i, position in enumerate(code.co_positions()):
        if i == target:
            return position
    return (None, None, None, None)


# ---- FrameSummary and StackSummary ----------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the source line,
    the span of the instruction (end_lineno, colno, end_colno) and optionally the
    repr of the frame's locals. Compares equal to a (filename, lineno, name, line)
    tuple and indexes like one."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line               # reads the line from the file when needed
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary from (frame, lineno) pairs such as walk_stack() and walk_tb()
        yield; limit keeps the first limit entries, or the last -limit."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = []
        if limit is None:
            entries = list(frame_gen)
        elif limit >= 0:
            if limit > 0:
                for item in frame_gen:
                    entries.append(item)
                    if len(entries) >= limit:
                        break
        else:
            for item in frame_gen:
                entries.append(item)
                if len(entries) > -limit:
                    del entries[0]
        result = klass()
        filenames = []
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            code = f.f_code
            filename = code.co_filename
            if filename not in filenames:
                filenames.append(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, code.co_name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines of one entry: the File line, the source line, the caret line when
        the instruction covers part of it, and the locals when captured."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped))
            carets = _caret_line(frame_summary, stripped)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per entry (a run of more than three entries for the same line of
        the same function is shortened to "[Previous line repeated N more times]")."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or None in last or last != key:
                _repeated(result, count)
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {more} more time{"s" if more > 1 else ""}]\n')


def _caret_line(fs, stripped):
    """The "    ^^^^" line under an entry's source line, or None."""
    if fs.colno is None or fs.end_colno is None:
        return None
    original = fs._original_line
    indent = len(original) - len(original.lstrip())
    start = _byte_offset_to_character_offset(original, fs.colno)
    end = _byte_offset_to_character_offset(original, fs.end_colno)
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _traceback.caret_anchors(original[start:end])
        except Exception:
            anchors = None
    else:
        end = indent + len(stripped)
    if end - start >= len(stripped) and not anchors:
        return None
    width = _traceback.display_width
    parts = ['    ', ' ' * width(original[indent:start])]
    if anchors:
        left, right = anchors
        parts.append('~' * width(original[start:start + left]))
        parts.append('^' * width(original[start + left:start + right]))
        parts.append('~' * (width(original[start + right:end]) + max(0, end - len(original))))
    else:
        parts.append('^' * (width(original[start:end]) + max(0, end - len(original))))
    parts.append('\n')
    return ''.join(parts)


# ---- TracebackException ---------------------------------------------------------------

class _ExceptionPrintContext:
    """Where format() is inside nested exception groups."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            yield _prefix_lines(text_gen, prefix)
        else:
            for text in text_gen:
                yield _prefix_lines(text, prefix)


def _prefix_lines(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for later formatting: its type, str, stack (a
    StackSummary), __cause__/__context__ (TracebackExceptions or None),
    __suppress_context__, __notes__, the member exceptions of an exception group, and
    for a SyntaxError its filename, lineno, end_lineno, text, offset, end_offset, msg.
    No reference to the exception or its frames is kept."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if not top:
            return
        # Build the chain and the group members breadth first, without recursion, so
        # that long chains do not exhaust the stack; an exception met twice is shown once.
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = context = exceptions = None
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = []
                for member in e.exceptions:
                    exceptions.append(TracebackException(type(member), member,
                                                         member.__traceback__, **options))
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if exceptions:
                pending.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The "Type: message" line (after a SyntaxError's location lines), then the
        exception's notes, as strings ending in newlines."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        from collections.abc import Sequence  # imported here: collections is big
        if isinstance(notes, Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset
                if end_offset is None or end_offset == 0:
                    end_offset = offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # keep tabs and other blanks so that the carets line up
                    space = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(space, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the printed exception, chain first (each string may hold
        several lines; joined they are what print() shows)."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        chained = []
        exc = self
        while exc is not None:
            if not chain:
                chained.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _context_message, exc.__context__
            else:
                message, following = None, None
            chained.append((message, exc))
            exc = following
        for message, exc in reversed(chained):
            if message is not None:
                yield from _ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                more = count - width
                yield from _ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print format()'s lines to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
