"""OS routines for gilpy (a POSIX system): the functions of the built-in module posix,
os.path (posixpath), the environment as a mapping, and what CPython's os adds in Python
(makedirs, walk, scandir's DirEntry, fdopen, popen...).

gilpy cannot change the working directory or the environment of its JVM process:
chdir() changes gilpy's own current directory, against which every relative path is
resolved (open(), this module, subprocess); changes to environ reach getenv() and the
child processes subprocess starts.
"""

import sys
import stat as st

import posix
from posix import *
from posix import _exit, _scandir

import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path", "devnull",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen", "extsep",
           "makedirs", "removedirs", "renames", "walk", "environ", "getenv", "popen", "system", "PathLike",
           "scandir", "DirEntry", "environb", "getenvb", "supports_bytes_environ", "P_WAIT", "P_NOWAIT",
           "P_NOWAITO", "spawnv", "spawnve", "spawnvp", "spawnvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe"] + [n for n in dir(posix) if not n.startswith('_')]

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, chmod, truncate, utime, statvfs}
supports_follow_symlinks = {stat, access, utime}


def _exists(name):
    return name in globals()


# ---- the environment ---------------------------------------------------------------------------

_GenericAlias = type(list[int])


class _EnvironMapping:
    """The mapping methods os.environ and os.environb share, written over the item
    methods of each and _snapshot(), a dict of the current items."""

    _MISSING = object()

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._snapshot() == other._snapshot()
        if isinstance(other, dict):
            return self._snapshot() == other
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._snapshot().keys()

    def values(self):
        return self._snapshot().values()

    def items(self):
        return self._snapshot().items()

    def copy(self):
        return dict(self._snapshot())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, default=_MISSING):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _EnvironMapping._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _EnvironMapping)):
            return NotImplemented
        new = dict(self._snapshot())
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _EnvironMapping)):
            return NotImplemented
        new = dict(other)
        new.update(self._snapshot())
        return new

    __reversed__ = None     # a mapping, not reversible
    __class_getitem__ = classmethod(_GenericAlias)


class _Environ(_EnvironMapping):
    """os.environ: the process environment as a mapping of str to str. Setting or deleting a
    key calls putenv/unsetenv, so that getenv and child processes see the change."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ", ".join("%r: %r" % (k, v) for k, v in self._data.items())
        return "environ({%s})" % items

    def _snapshot(self):
        return self._data


environ = _Environ(dict(posix.environ))
# environ is a MutableMapping, as in CPython; gilpy's os does not import collections.abc
# (startup time), so whichever of the two modules comes second registers it.
if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)


supports_bytes_environ = True


class _EnvironBytes(_EnvironMapping):
    """os.environb: the same environment as os.environ, with bytes keys and values
    (encoded as the file system encoding does, UTF-8 with surrogateescape)."""

    def __init__(self, environ):
        self._environ = environ

    @staticmethod
    def _check(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return value.decode('utf-8', 'surrogateescape')

    @staticmethod
    def _enc(value):
        return value.encode('utf-8', 'surrogateescape')

    def _snapshot(self):
        return {self._enc(k): self._enc(v) for k, v in self._environ._data.items()}

    def __getitem__(self, key):
        try:
            return self._enc(self._environ[self._check(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        k = self._check(key)
        self._environ[k] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._environ[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([self._enc(k) for k in self._environ._data])

    def __len__(self):
        return len(self._environ)

    def __contains__(self, key):
        return isinstance(key, bytes) and self._check(key) in self._environ

    def __repr__(self):
        items = ", ".join("%r: %r" % kv for kv in self._snapshot().items())
        return "environ({%s})" % items

    def clear(self):
        self._environ.clear()


environb = _EnvironBytes(environ)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if isinstance(env, dict):
        try:
            path_listb = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if path_list is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            path_list = path_listb
    if path_list is not None and isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- os.PathLike -------------------------------------------------------------------------------

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        return any('__fspath__' in vars(k) and vars(k)['__fspath__'] is not None for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    __class_getitem__ = classmethod(_GenericAlias)


# ---- directories -------------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another thread or process made it meanwhile
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory, as os.scandir() yields it."""

    __module__ = 'posix'
    __slots__ = ('name', 'path', '_kind', '_ino', '_stat', '_lstat')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    __class_getitem__ = classmethod(_GenericAlias)

    def is_symlink(self):
        """Return True if the entry is a symbolic link; cached per entry."""
        if self._kind == 0:
            return self._lstat_kind() == 0o12
        return self._kind == 0o12

    def _lstat_kind(self):
        try:
            return self.stat(follow_symlinks=False).st_mode >> 12
        except FileNotFoundError:
            return -1

    def _is(self, kind, follow_symlinks):
        if follow_symlinks and self.is_symlink():
            try:
                return self.stat().st_mode >> 12 == kind
            except FileNotFoundError:
                return False
        if self._kind == 0:
            return self._lstat_kind() == kind
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory; cached per entry."""
        return self._is(0o4, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a file; cached per entry."""
        return self._is(0o10, follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        """Return stat_result object for the entry; cached per entry."""
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        """Return inode of the entry; cached per entry."""
        return self._ino

    def __fspath__(self):
        """Returns the path for the entry."""
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


def _entry(top, name, kind, ino):
    e = object.__new__(DirEntry)
    e.name = name
    e.path = top + name if top.endswith(sep if isinstance(top, str) else b'/') else path.join(top, name)
    e._kind = kind
    e._ino = ino
    e._stat = None
    e._lstat = None
    return e


class ScandirIterator:
    """The iterator os.scandir() returns; also a context manager that closes it."""

    __module__ = 'posix'

    def __init__(self, top, rows):
        self._top = top
        self._rows = rows
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._rows is None or self._next >= len(self._rows):
            self._rows = None
            raise StopIteration
        name, kind, ino = self._rows[self._next]
        self._next += 1
        return _entry(self._top, name, kind, ino)

    def close(self):
        self._rows = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path.

    path can be specified as either str, bytes, or a path-like object.  If path
    is bytes, the names of yielded DirEntry objects will also be bytes; in
    all other circumstances they will be str.

    If path is None, uses the path='.'."""
    if path is None:
        top = curdir
    else:
        if isinstance(path, int) and not isinstance(path, bool):
            raise TypeError("scandir: path should be string, bytes, os.PathLike or None, not int")
        top = fspath(path) if hasattr(type(path), '__fspath__') or isinstance(path, (str, bytes)) else path
    return ScandirIterator(top, _scandir(top))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: for each directory in the tree rooted at top
    (including top itself), yields a 3-tuple (dirpath, dirnames, filenames).

    With topdown true the caller may prune or reorder dirnames in place before
    the walk goes on; onerror, if given, is called with the OSError that
    listing a directory raised; followlinks makes the walk enter symbolic links
    to directories."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):  # bottom-up: the directory's own tuple, after its children
            yield top
            continue
        dirs, nondirs, walk_dirs = [], [], []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor (io.open on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- system, popen ----------------------------------------------------------------

def system(command):
    """Execute the command in a subshell; return its wait status."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return -code if code < 0 else code << 8


class _wrap_close:
    """A pipe to or from a shell command whose close() returns the command's wait status
    (None for success)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return -returncode if returncode < 0 else returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Open a pipe to or from command cmd (run by /bin/sh); mode 'r' or 'w'."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


# ---- spawn* ----------------------------------------------------------------------------------------
# A JVM cannot fork: the child is started as subprocess starts one. As when exec fails
# after a fork, a child that cannot be started "exits" with status 127.

P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawn(mode, file, args, env, search):
    if not isinstance(args, (tuple, list)):
        raise TypeError("argv must be a tuple or a list")
    if not args or not args[0]:
        raise ValueError("argv first element cannot be empty")
    import subprocess
    try:
        exe = fsdecode(file)
        if search and sep not in exe:
            for d in get_exec_path(env):
                candidate = path.join(d, exe)
                if path.isfile(candidate) and access(candidate, X_OK):
                    exe = candidate
                    break
            else:
                raise FileNotFoundError(2, "No such file or directory")
        elif sep not in exe:
            exe = path.join(getcwd(), exe)
        child = subprocess.Popen([fsdecode(a) for a in args], executable=exe, env=env)
    except Exception:
        child = subprocess.Popen(["/bin/sh", "-c", "exit 127"])
    if mode == P_NOWAIT:
        return child.pid
    return child.wait()


def spawnv(mode, file, args):
    """Execute file with arguments from args in a subprocess. mode P_NOWAIT: return the
    pid; otherwise wait and return the exit code (-signal if killed)."""
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    """spawnv with the environment env."""
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    """spawnv, looking file up in the PATH."""
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    """spawnve, looking file up in env's PATH."""
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    """spawnv with the arguments given one by one."""
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnve with the arguments one by one, the environment last."""
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    """spawnvp with the arguments given one by one."""
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnvpe with the arguments one by one, the environment last."""
    return spawnvpe(mode, file, args[:-1], args[-1])


def device_encoding(fd):
    """Return a string describing the encoding of a terminal, or None."""
    return 'utf-8' if isatty(fd) else None
