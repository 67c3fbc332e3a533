"""Paths matching shell-style wildcard patterns, directory by directory.

Results come in the order os.scandir() lists each directory (not sorted).
gilpy's os has no dir_fd support: a dir_fd other than None raises
NotImplementedError, as CPython's os functions do where dir_fd is unavailable.
"""

import os
import re
import fnmatch
import itertools

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths that match the pattern pathname, in directory order.

    Wildcards are fnmatch's; names that start with a period match only patterns that
    do too, unless include_hidden. With recursive, '**' matches any number of
    directories (and the files in them). root_dir: the pattern is relative to it and
    so are the results.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but an iterator that yields the matching paths one by one."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # a leading '**' first yields the empty string (zero directories): drop it
        try:
            first = next(it)
        except StopIteration:
            return it
        if first:
            it = itertools.chain((first,), it)
    return it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # a literal path: it matches itself when it exists
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # a trailing slash matches directories only
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _isrecursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for dirname in dirs:
        for name in in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    """The names in dirname that match pattern (which has magic characters)."""
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    """[basename] when it exists in dirname (basename has no magic characters)."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    """'**': the empty path, then everything below dirname, recursively."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """The names in dirname (directories only when dironly); [] when it cannot be read."""
    return [name for name, maybe_dir in _scan(dirname, dironly)]


def _scan(dirname, dironly):
    """(name, maybe_dir) for the entries of dirname, maybe_dir false only for an entry
    known not to be a directory (nor a link to one); [] when dirname cannot be read."""
    if not dirname:
        dirname = os.curdir.encode('ASCII') if isinstance(dirname, bytes) else os.curdir
    rows = []
    try:
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    if dironly:
                        continue
                    is_dir = True
                if is_dir or not dironly:
                    rows.append((entry.name, is_dir))
    except OSError:
        return []
    return rows


def _rlistdir(dirname, dironly, include_hidden=False):
    for x, maybe_dir in _scan(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            if not maybe_dir:
                continue   # listing it would fail: only directories have entries
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    # os.path.join, except that an empty part adds no separator
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        match = magic_check_bytes.search(s)
    else:
        match = magic_check.search(s)
    return match is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """pathname with the wildcard characters made literal (each put in brackets)."""
    # each magic character becomes a one-character set, [*] [?] [[]
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname

