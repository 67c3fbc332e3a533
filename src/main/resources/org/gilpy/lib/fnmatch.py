"""Shell-style wildcard matching of file names: * (anything), ? (one character),
[seq] (one character of seq), [!seq] (one character not in seq).

fnmatch() applies os.path.normcase first (nothing on POSIX), fnmatchcase() never;
translate() gives the regular expression a pattern becomes, as CPython 3.11 writes it.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """True when name matches the shell pattern pat, after os.path.normcase of both.
    A leading period in name is not special.
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # bytes patterns are translated as latin-1 text and compiled back to bytes
    if isinstance(pat, bytes):
        text = translate(str(pat, 'ISO-8859-1'))
        return re.compile(text.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The elements of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase is the identity here: skip the call per name
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """True when name matches the shell pattern pat, case included."""
    return _compile_pattern(pat)(name) is not None


# marks a '*' among the pieces translate() collects before it joins them
_STAR = object()


def translate(pat):
    """The regular expression (a str, not compiled) that matches what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # a run of stars means the same as one
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            end = _class_end(pat, i)
            if end < 0:
                pieces.append('\\[')
            else:
                pieces.append(_translate_class(pat, i, end))
                i = end + 1
        else:
            pieces.append(re.escape(c))
    return '(?s:%s)\\Z' % _join(pieces)


def _class_end(pat, start):
    """Index of the ']' that closes the set opened just before start, or -1. A ']'
    right after the '[' or '[!' belongs to the set."""
    j, n = start, len(pat)
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _translate_class(pat, start, end):
    """The regular expression for the set pat[start:end] (without its brackets)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # split at the hyphens that join ranges; drop ranges whose ends are reversed
        chunks = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[lo:k])
            lo = k + 1
            k = k + 3
        last = pat[lo:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks)
    # characters that future versions of re may give set operations
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'          # an empty set matches nothing
    if body == '!':
        return '.'             # the complement of nothing matches anything
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[%s]' % body


def _join(pieces):
    """Joins translate()'s pieces: the text between two stars becomes an atomic group
    so that matching many stars does not backtrack exponentially."""
    n = len(pieces)
    i = 0
    out = []
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    if i == n:
        return ''.join(out)
    i += 1
    while True:
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        if i == n:
            out.append('.*')
            out.extend(fixed)
            return ''.join(out)
        out.append('(?>.*?')
        out.extend(fixed)
        out.append(')')
        i += 1
