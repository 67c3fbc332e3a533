"""The parts of importlib that describe how a module is found and loaded: ModuleSpec,
the finders and loaders (BuiltinImporter, FrozenImporter, SourceFileLoader,
PathFinder), and module_from_spec.

gilpy's import statement is Java (vm/Importer) and does not go through sys.meta_path;
these classes find modules exactly as it does, by asking it (_importlib.find). Modules
shipped inside gilpy ('<frozen name>' files) are described as frozen. Importing this
module installs the hook through which the importer gives every later module its
__spec__ and __loader__, and fills them in for the modules imported before.
"""

import sys
import _importlib

_TYPE = type(sys)


class ModuleSpec:
    """What the import system knows about a module: its name, its loader, where it
    comes from (origin), and for a package where its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # gilpy compiles from source every time: there is no bytecode cache to name
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _builtin_names():
    return set(sys.builtin_module_names) | {'sys', 'builtins'}


class BuiltinImporter:
    """Finds and loads the modules implemented inside the interpreter (in Java)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in _builtin_names():
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name not in _builtin_names():
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        # a built-in module exists once: this imports it when it is not yet
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


def _found(fullname, path=None):
    """(origin, source, package_path) from the importer's own search, or None."""
    return _importlib.find(fullname, None if path is None else list(path))


def _is_frozen(origin):
    return origin.startswith('<frozen ')


class FrozenImporter:
    """Finds and loads the modules shipped inside gilpy (whose __file__ reads
    '<frozen name>'); their source is available."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _found(fullname, path)
        if found is None or not _is_frozen(found[0]):
            return None
        return _frozen_spec(fullname, found[2])

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        code = FrozenImporter.get_code(name)
        exec(code, module.__dict__)

    @classmethod
    def _source(cls, fullname):
        found = _found(fullname, _parent_path(fullname))
        if found is None or not _is_frozen(found[0]):
            raise ImportError('{!r} is not a frozen module'.format(fullname), name=fullname)
        return found

    @classmethod
    def get_code(cls, fullname):
        origin, source, pkg = cls._source(fullname)
        return compile(source, origin, 'exec', dont_inherit=True)

    @classmethod
    def get_source(cls, fullname):
        return cls._source(fullname)[1]

    @classmethod
    def is_package(cls, fullname):
        return cls._source(fullname)[2] is not None


def _parent_path(fullname):
    parent = fullname.rpartition('.')[0]
    if not parent:
        return None
    module = sys.modules.get(parent)
    return getattr(module, '__path__', None)


def _frozen_spec(fullname, pkg_path):
    spec = ModuleSpec(fullname, FrozenImporter, origin='frozen', is_package=pkg_path is not None)
    if pkg_path is not None:
        spec.submodule_search_locations.append(pkg_path)
    return spec


def decode_source(source_bytes):
    """Source text from its bytes: the encoding its coding declaration (or BOM) names,
    else UTF-8, with universal newlines."""
    import re
    encoding = 'utf-8'
    if source_bytes.startswith(b'\xef\xbb\xbf'):
        encoding = 'utf-8-sig'
    else:
        for line in source_bytes.splitlines()[:2]:
            m = re.match(br'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', line)
            if m:
                encoding = m.group(1).decode('ascii')
                break
            if not re.match(br'^[ \t\f]*(#.*)?$', line):
                break
    text = source_bytes.decode(encoding)
    if text.endswith('\r'):
        # CPython's incremental newline decoder keeps a final '\r' back, awaiting a '\n'
        text = text[:-1]
    return text.replace('\r\n', '\n').replace('\r', '\n')


class SourceFileLoader:
    """Loads a module from its .py file (gilpy keeps no bytecode cache)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        return decode_source(self.get_data(path))

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return compile(self.get_source(fullname), path, 'exec', dont_inherit=True)

    def is_package(self, fullname):
        filename = self.get_filename(fullname).replace('\\', '/').rpartition('/')[2]
        base = filename.rsplit('.', 1)[0]
        return base == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


def _source_spec(fullname, origin, pkg_path):
    spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin,
                      is_package=pkg_path is not None)
    spec._set_fileattr = True
    if pkg_path is not None:
        spec.submodule_search_locations.append(pkg_path)
    return spec


class PathFinder:
    """Finds modules on sys.path or a package's __path__, as the import statement does."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _found(fullname, path)
        if found is None:
            return None
        origin, source, pkg_path = found
        if _is_frozen(origin):
            return _frozen_spec(fullname, pkg_path)
        return _source_spec(fullname, origin, pkg_path)

    @classmethod
    def invalidate_caches(cls):
        # the importer looks at the directories anew at every import: nothing is cached
        pass


def _find_spec(name, path, target=None):
    """The spec of module name, searched as the import statement searches."""
    spec = BuiltinImporter.find_spec(name, path, target)
    if spec is None:
        spec = PathFinder.find_spec(name, path, target)
    return spec


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if (override or getattr(module, '__cached__', None) is None) and spec.cached is not None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _TYPE(spec.name)
    _init_module_attrs(spec, module)
    return module


def _spec_for(name, origin, pkg_path):
    """The importer's hook: the spec of a module it is creating."""
    if origin is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if _is_frozen(origin):
        return _frozen_spec(name, pkg_path)
    return _source_spec(name, origin, pkg_path)


def _fill_in_specs():
    builtin = _builtin_names()
    for key, module in list(sys.modules.items()):
        if not isinstance(module, _TYPE) or key == '__main__':
            continue
        if getattr(module, '__spec__', None) is not None:
            continue
        name = getattr(module, '__name__', key)
        file = getattr(module, '__file__', None)
        if name in builtin and file is None:
            spec = _spec_for(name, None, None)
        elif isinstance(file, str):
            path = getattr(module, '__path__', None)
            spec = _spec_for(name, file, path[0] if path else None)
        else:
            continue
        module.__spec__ = spec
        if getattr(module, '__loader__', None) is None:
            module.__loader__ = spec.loader


_importlib.set_spec_hook(_spec_for)
_fill_in_specs()
