"""The JSON scanner: make_scanner(context) returns scan_once(string, idx) -> (value, end).

scan_once raises StopIteration(idx) when no JSON value starts at idx. The scanner is
written by hand (no regular expressions); the accelerator _json provides a faster one.
"""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _match_number(string, idx):
    """Returns (integer, fraction, exponent, end) for a JSON number at idx, or None."""
    n = len(string)
    i = idx
    if i < n and string[i] == '-':
        i += 1
    if i >= n:
        return None
    c = string[i]
    if c == '0':
        i += 1
    elif c in _DIGITS:
        i += 1
        while i < n and string[i] in _DIGITS:
            i += 1
    else:
        return None
    integer = string[idx:i]
    frac = None
    if i + 1 < n and string[i] == '.' and string[i + 1] in _DIGITS:
        j = i + 2
        while j < n and string[j] in _DIGITS:
            j += 1
        frac = string[i:j]
        i = j
    exp = None
    if i < n and string[i] in 'eE':
        j = i + 1
        if j < n and string[j] in '+-':
            j += 1
        if j < n and string[j] in _DIGITS:
            j += 1
            while j < n and string[j] in _DIGITS:
                j += 1
            exp = string[i:j]
            i = j
    return integer, frac, exp, i


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _match_number(string, idx)
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, end
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
