"""Helpers for finding and creating modules: find_spec, module_from_spec,
spec_from_file_location, spec_from_loader, resolve_name, decode_source.

gilpy writes no bytecode caches (sys.implementation.cache_tag is None), so
cache_from_source and source_from_cache raise NotImplementedError, as CPython's do
without a cache tag. Absent: LazyLoader, source_hash, MAGIC_NUMBER, module_for_loader,
set_loader and set_package.
"""

import os
import sys

from importlib import _resolve_name
from importlib._bootstrap import (module_from_spec, _find_spec, decode_source,
                                  ModuleSpec, SourceFileLoader)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of the module name (relative names resolved against package), as
    importing it would find it, or None when it cannot be found. A module already in
    sys.modules answers with its __spec__ (ValueError when that is None); a submodule's
    parent package is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A ModuleSpec for name and loader; a loader with get_filename gives a file spec."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode file for the source file path; there is none without
    sys.implementation.cache_tag."""
    os.fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    raise NotImplementedError('gilpy writes no bytecode files')


def source_from_cache(path):
    """The source file of the bytecode file path; there is none without
    sys.implementation.cache_tag."""
    os.fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    raise NotImplementedError('gilpy writes no bytecode files')


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A ModuleSpec for a module from the file location (a .py file, made absolute);
    None when no loader is given and the file is not Python source. For a package,
    its directory becomes the submodule search location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = os.path.abspath(location) if location else location
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(os.path.dirname(location))
    return spec
