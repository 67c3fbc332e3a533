"""Temporary files and directories with unpredictable names, created safely
(O_EXCL, mode 0o600 / 0o700): mkstemp, mkdtemp, TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile, TemporaryDirectory, and the unsafe mktemp.

Names are str unless suffix, prefix or dir is bytes. tempdir, when set before first
use, is the default directory; otherwise gettempdir() picks the first usable one of
$TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp and the current directory.
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import functools as _functools
import warnings as _warnings
import io as _io
import os as _os
import shutil as _shutil
import errno as _errno
from random import Random as _Random
import sys as _sys
import types as _types
import weakref as _weakref
import _thread

_allocate_lock = _thread.allocate_lock

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_bin_openflags = _text_openflags

# glibc's TMP_MAX (CPython takes os.TMP_MAX, which gilpy's os does not define)
TMP_MAX = 238328

template = "tmp"

# guards the lazy creation of tempdir and of the shared name sequence
_once_lock = _allocate_lock()


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes, from the non-None arguments (which must agree) or else from tempdir."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    """prefix, suffix and dir with their defaults filled in, and the output type."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of 8-character names drawn from characters, safe to
    share between threads; a forked child gets a fresh generator.
    """

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        # a child process after fork must not repeat its parent's names
        cur_pid = _os.getpid()
        if cur_pid != getattr(self, '_rng_pid', None):
            self._rng = _Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """The directories gettempdir() tries, in order."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory in which a file can be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break   # not writable, or not a directory: try the next one
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


_name_sequence = None


def _get_candidate_names():
    """The name sequence shared by the whole module."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Creates a new file in dir with flags; (fd, absolute name)."""
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


tempdir = None


def _gettempdir():
    """tempdir, computed on first use."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default temporary directory, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default temporary directory, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file, readable and writable by its owner only, and returns
    (fd, name). The name is dir/prefix + 8 random characters + suffix (defaults: no
    suffix, prefix 'tmp', dir gettempdir()); suffix, prefix and dir must all be str or
    all bytes. text=True opens in text mode (the same on POSIX). The caller deletes
    the file.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory, accessible to its owner only, named as mkstemp
    names files, and returns its path. The caller deletes it.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Returns a name that did not exist when it was checked; creates nothing.

    Unsafe: another process may create the file before the caller does. Use mkstemp.
    """
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes (and, when delete is true, unlinks) a temporary file, also when
    collected; kept apart from the wrapper so that the wrapper needs no __del__."""

    file = None   # __del__ may run before __init__ has set it
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        # gilpy runs no __del__: this finalizer does its job when the closer is
        # collected or, at the latest, when the interpreter exits
        self._finalizer = _weakref.finalize(self, _close_temporary, file, name, delete)

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            self._finalizer.detach()
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        self.close()


def _close_temporary(file, name, delete):
    try:
        file.close()
    finally:
        if delete:
            try:
                _os.unlink(name)
            except OSError:
                pass


class _TemporaryFileWrapper:
    """A NamedTemporaryFile: the file's attributes plus name and delete; closing
    it (or leaving its with block) deletes the file when delete is true.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # everything else is the file's; its methods are wrapped so that a bound
        # method kept alone still keeps this wrapper (and the file) alive
        file = self.__dict__['file']
        a = getattr(file, name)
        if hasattr(a, '__call__'):
            func = a

            @_functools.wraps(func)
            def func_wrapper(*args, **kwargs):
                return func(*args, **kwargs)
            func_wrapper._closer = self._closer
            a = func_wrapper
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Closes the file and deletes it when delete is true."""
        self._closer.close()

    def __iter__(self):
        # a generator over the file's lines, so that the wrapper stays alive while
        # they are read
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Opens a new temporary file as mkstemp creates it, with io.open's mode,
    buffering, encoding, newline and errors, and returns a wrapper whose name attribute
    is the file's path. The file is removed on close when delete is true (the default).
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    name = None

    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        return fd
    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        try:
            raw = getattr(file, 'buffer', file)
            raw = getattr(raw, 'raw', raw)
            raw.name = name
            return _TemporaryFileWrapper(file, name, delete)
        except:
            file.close()
            raise
    except:
        if name is not None:
            _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Opens a new temporary file that has no name in the file system (it is
    unlinked at once) and disappears when closed; arguments as NamedTemporaryFile's.
    """
    # the file is unlinked at once; its name is its descriptor, as with O_TMPFILE
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd = None

    def opener(*args):
        nonlocal fd
        fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        _os.unlink(name)
        return fd
    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        raw = getattr(file, 'buffer', file)
        raw = getattr(raw, 'raw', raw)
        raw.name = fd
        return file
    except:
        if fd is not None:
            _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file held in memory (BytesIO, or a TextIOWrapper over one)
    until it grows beyond max_size or fileno() is called; it then rolls over to a
    TemporaryFile.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(),
                                           encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs

        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)

        self._rolled = True

    # every method forwards to _file explicitly: _file changes at rollover, so
    # attributes cannot be cached as NamedTemporaryFile's wrapper caches them
    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A temporary directory made by mkdtemp, removed with its contents by
    cleanup(), at the end of a with block (which binds its name), or when the object
    is collected (with a ResourceWarning). ignore_cleanup_errors=True ignores errors
    during removal.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # make the entry and its directory writable, then try again
                def resetperms(path):
                    _os.chmod(path, 0o700)

                try:
                    if path != name:
                        resetperms(_os.path.dirname(path))
                    resetperms(path)

                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            else:
                if not ignore_errors:
                    raise

        _shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
