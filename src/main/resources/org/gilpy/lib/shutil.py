"""Copying, moving and removing files and directory trees (the high-level file operations).

gilpy has no zipfile or tarfile, so the archive functions (make_archive,
unpack_archive and their format registries) are absent; nor pwd/grp, so chown()
looks names up in /etc/passwd and /etc/group only. rmtree() reports errors as
CPython's descriptor-based version on Linux does, but walks with paths (os has no
dir_fd): rmtree.avoids_symlink_attacks is False.
"""

import os
import sys
import stat
import fnmatch
import collections
import posix as _posix

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when a copy's source and destination are one file."""


class SpecialFileError(OSError):
    """Raised when a copy meets a file it cannot copy, such as a named pipe."""


class ExecError(OSError):
    """Raised when a command cannot be run."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file object fsrc into fdst, length bytes (or characters) at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies src's contents to dst (created or truncated) and returns dst. With
    follow_symlinks false, a symbolic link src is recreated as a link.
    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            fn = fn.path if isinstance(fn, os.DirEntry) else fn
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # open() says "Is a directory" also when dst's parent is missing
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies src's permission bits to dst. With follow_symlinks false and both
    paths links, the links' own modes are meant, which Linux cannot change: nothing happens.
    """
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, stat.S_IMODE(st.st_mode))
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _nop(*args, ns=None, follow_symlinks=None):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    """Copies src's permission bits and access and modification times to dst.
    With follow_symlinks false and both paths links, acts on the links themselves
    where the platform can.
    """
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if follow:
        def lookup(name):
            return getattr(os, name, _nop)
    else:
        # only the functions that can act on a link itself
        def lookup(name):
            fn = getattr(os, name, _nop)
            return fn if fn in os.supports_follow_symlinks else _nop
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = lookup("stat")(src, follow_symlinks=follow)
    mode = stat.S_IMODE(st.st_mode)
    lookup("utime")(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    try:
        lookup("chmod")(dst, mode, follow_symlinks=follow)
    except NotImplementedError:
        # the platform cannot chmod a link itself: leave its mode
        pass


def copy(src, dst, *, follow_symlinks=True):
    """copyfile then copymode; dst may be a directory to copy into. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copyfile then copystat (contents, mode and times); dst may be a directory to
    copy into. Returns the new file's path.
    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore callable for copytree that skips names matching any of the glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    # copy and copy2 take the entry itself, which saves a stat per file
    use_srcentry = copy_function is copy2 or copy_function is copy
    for srcentry in entries:
        if srcentry.name in ignored_names:
            continue
        srcname = os.path.join(src, srcentry.name)
        dstname = os.path.join(dst, srcentry.name)
        srcobj = srcentry if use_srcentry else srcname
        try:
            if srcentry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=not symlinks)
                else:
                    # the link target is tested as given, relative to the current directory
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if srcentry.is_dir():
                        copytree(srcobj, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcobj, dstname)
            elif srcentry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (created, with its parents) and returns dst.

    symlinks: links are recreated as links (else what they point to is copied; a
    dangling link is an error unless ignore_dangling_symlinks). ignore(dir, names)
    returns the names to skip in each directory. copy_function(src, dst) copies each
    file (default copy2). dirs_exist_ok: dst and its subdirectories may exist already.
    Failures are collected and raised together as Error([(src, dst, reason), ...]).
    """
    with os.scandir(src) as itr:
        entries = list(itr)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


def _same_dir(path, orig_st, onerror):
    """Opens path as CPython's descriptor-based rmtree does and tells whether it is the
    directory lstat saw (not a link to one); None after reporting a failure to open."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        onerror(os.open, path, sys.exc_info())
        return None
    try:
        return os.path.samestat(orig_st, os.fstat(fd))
    finally:
        os.close(fd)


def _call_named(func, path, name, onerror):
    """func(path), failing as the descriptor-relative call func(name, dir_fd=...)
    would: its OSError names the entry only."""
    try:
        func(path)
    except OSError as err:
        err.filename = name
        onerror(func, path, sys.exc_info())


def _rmtree_tree(path, onerror):
    # The order of calls and what onerror receives are those of CPython on Linux, whose
    # rmtree works on descriptors (os.open, os.scandir(fd), unlink/rmdir with dir_fd);
    # gilpy's os has no dir_fd, so this walks with paths.
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
    except OSError as err:
        err.filename = path
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        else:
            if is_dir:
                try:
                    orig_st = entry.stat(follow_symlinks=False)
                    is_dir = stat.S_ISDIR(orig_st.st_mode)
                except OSError:
                    onerror(os.lstat, fullname, sys.exc_info())
                    continue
        if not is_dir:
            _call_named(os.unlink, fullname, entry.name, onerror)
            continue
        try:
            fd = os.open(fullname, os.O_RDONLY)
        except OSError as err:
            err.filename = entry.name
            onerror(os.open, fullname, sys.exc_info())
            continue
        try:
            same = os.path.samestat(orig_st, os.fstat(fd))
        finally:
            os.close(fd)
        if same:
            _rmtree_tree(fullname, onerror)
            _call_named(os.rmdir, fullname, entry.name, onerror)
        else:
            try:
                raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes the directory tree at path. A link to a directory is refused.

    ignore_errors: failures are ignored. Otherwise onerror(function, path, exc_info)
    is called for each failure (exc_info as sys.exc_info() gives it), or the error is
    raised when onerror is None. dir_fd is not available (NotImplementedError).
    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    try:
        orig_st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    same = _same_dir(path, orig_st, onerror)
    if same is None:
        return
    if not same:
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_tree(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


# paths are checked and then used, not held open: a link swapped in between is followed
rmtree.avoids_symlink_attacks = False


def _basename(path):
    """The last component of path, ignoring a trailing separator: move() puts
    'a/b/' into 'dst/b'."""
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Moves a file or directory tree to dst, as mv does, and returns the new path.

    A directory dst receives src inside it (which must not exist there yet). Within
    one file system this is os.rename; across file systems src is copied
    (copy_function for files, copytree with links kept for directories) and removed.
    """
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # a case-insensitive file system may still want the rename
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """The total, used and free bytes of the file system holding path, as a named tuple."""
    return _ntuple_diskusage(*_posix._disk_usage(path))


def _lookup_id(db, name):
    """The numeric id of name in /etc/passwd or /etc/group (the "files" source of the
    name service, which pwd and grp would ask), or None."""
    try:
        with open(db, encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except (OSError, ValueError):
        pass
    return None


def chown(path, user=None, group=None):
    """Changes path's owner and/or group, given as ids or names."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    _user = user
    _group = group
    if user is None:
        _user = -1
    elif isinstance(user, str):
        _user = _lookup_id('/etc/passwd', user)
        if _user is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is None:
        _group = -1
    elif not isinstance(group, int):
        _group = _lookup_id('/etc/group', group)
        if _group is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, _user, _group)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: $COLUMNS and $LINES when they are
    positive integers, else what sys.__stdout__'s terminal reports, else fallback.
    """
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            # no terminal, or stdout is closed or replaced
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd found on path (default $PATH, else os.defpath)
    that passes os.access with mode, or None. A cmd with a directory part is only checked.
    """
    # a command with a directory part is checked as it is, not searched
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
