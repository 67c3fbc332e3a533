"""Information about the platform gilpy runs on (gilpy's platform module).

The operating system facts come from os.uname(); python_implementation() is 'gilpy',
as sys.implementation.name says; python_build() and python_compiler() describe gilpy
and the Java runtime it runs on (from sys.version).
"""

import os
import sys

__version__ = '1.0.8'

_cache = {}


class uname_result(tuple):
    """uname_result(system, node, release, version, machine): os.uname()'s facts, and a
    sixth field, processor, that is looked up only when first used."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return len(tuple(iter(self)))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields[:5], self))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


def _processor():
    if 'processor' not in _cache:
        value = ''
        try:
            import subprocess
            value = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
        except (OSError, ImportError, Exception):
            value = ''
        _cache['processor'] = '' if value == 'unknown' else value
    return _cache['processor']


def uname():
    """Fairly portable uname interface. Returns a tuple
    of strings (system, node, release, version, machine, processor)
    identifying the underlying platform."""
    if 'uname' not in _cache:
        u = os.uname()
        _cache['uname'] = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _cache['uname']


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully qualified!)"""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'"""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'"""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'"""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'; '' when it cannot be determined."""
    return uname().processor


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'"""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(str(n) for n in sys.version_info[:3])


def python_implementation():
    """Returns a string identifying the Python implementation: 'gilpy' here."""
    return sys.implementation.name


def _version_parts():
    # sys.version: "3.11.7 (gilpy 0.1.0, Java 25.0.1)"
    inside = sys.version.partition('(')[2].rpartition(')')[0]
    build, _, compiler = inside.partition(', ')
    return build, compiler


def python_build():
    """Returns a tuple (buildno, builddate): gilpy's version and '' (no build date is recorded)."""
    return _version_parts()[0], ''


def python_compiler():
    """Returns a string identifying what runs gilpy: the Java runtime."""
    return _version_parts()[1]


def python_branch():
    """Returns a string identifying the Python implementation branch ('' when unknown)."""
    return ''


def python_revision():
    """Returns a string identifying the Python implementation revision ('' when unknown)."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable (defaults to the Python interpreter
    binary) for various architecture information.

    Returns a tuple (bits, linkage): the pointer size of the interpreter
    ('64bit' for a 64-bit JVM) and the executable's format ('ELF' for an ELF binary,
    '' for a script such as gilpy's launcher)."""
    if not bits:
        bits = '%dbit' % (64 if sys.maxsize > 2 ** 32 else 32)
    if not linkage:
        try:
            with open(executable, 'rb') as f:
                if f.read(4) == b'\x7fELF':
                    linkage = 'ELF'
        except (OSError, TypeError, ValueError):
            pass
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version; returns (lib, version), ('', '') when unknown.
    gilpy asks getconf(1) for GNU_LIBC_VERSION."""
    if 'libc' not in _cache:
        found = ('', '')
        try:
            import subprocess
            out = subprocess.run(['getconf', 'GNU_LIBC_VERSION'], capture_output=True, text=True).stdout.split()
            if len(out) == 2:
                found = (out[0], out[1])
        except Exception:
            pass
        _cache['libc'] = found
    got = _cache['libc']
    return (got[0] or lib, got[1] or version)


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing names (as CPython:
    SunOS 5 is Solaris 2, Windows adds nothing on Linux)."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        return 'Solaris', '%d%s' % (int(major) - 3, '.' + rest if rest else ''), version
    if system == 'IRIX64':
        return 'IRIX', release, version + ' (64bit)' if version else '64bit'
    return system, release, version


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform
    with as much useful information as possible (but no more :)."""
    u = uname()
    system_, release_, version_ = u.system, u.release, u.version
    if aliased:
        system_, release_, version_ = system_alias(system_, release_, version_)
    if system_ == 'Linux':
        lib, ver = libc_ver()
        if terse:
            parts = [system_, release_]
        else:
            parts = [system_, release_, u.machine, 'with', lib + ver]
    elif terse:
        parts = [system_, release_]
    else:
        parts = [system_, release_, u.machine, u.processor]
    text = '-'.join(p.strip() for p in parts if p)
    for c in ' /\\:;"()':
        text = text.replace(c, '_' if c == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Get macOS version information; the defaults on other systems."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information; the defaults on other systems."""
    return release, version, csd, ptype


def win32_edition():
    """The Windows edition; None on other systems."""
    return None


def win32_is_iot():
    """True on Windows IoT editions; False on other systems."""
    return False


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    (/etc/os-release or /usr/lib/os-release) as a dict."""
    if 'os_release' not in _cache:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _cache['os_release'] = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
    return _cache['os_release'].copy()


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not (key.replace('_', 'A').isalnum() and key[:1].isalpha()):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            quote = value[0]
            value = value[1:-1]
            if quote == '"':
                out, i = [], 0
                while i < len(value):
                    if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"`':
                        i += 1
                    out.append(value[i])
                    i += 1
                value = ''.join(out)
        info[key] = value
    return info
