"""importlib: importing modules by name (import_module), reloading them (reload), and,
in importlib.util and importlib.machinery, finding and creating modules by hand.

gilpy's import statement is Java (vm/Importer): it does not consult sys.meta_path,
sys.path_hooks or sys.path_importer_cache, so finders installed there are not used.
importlib.abc, importlib.resources and importlib.metadata are not available.
"""

import sys
from importlib import _bootstrap

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module, as the import statement does (builtins.__import__)."""
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    """The absolute name of the relative name at level dots under package."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import the module name and return it (not its top-level package, as
    __import__ would). A relative name ('.mod', '..mod') is resolved against package,
    which is then required."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    name = name[level:]
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name, package, level)
    elif not name:
        raise ValueError('Empty module name')
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    return module


def invalidate_caches():
    """Call invalidate_caches() on the finders of sys.meta_path that have it. gilpy's
    importer caches no directory contents, so it has nothing to invalidate itself."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


# modules being reloaded, by name: a module reloaded while its reload runs is returned as it is
_RELOADING = {}


def reload(module):
    """Execute the module's source again in the same module object (found anew on its
    search path, so changes to the file take effect) and return what sys.modules then
    holds for it. Names the new source no longer defines keep their old values."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        try:
            spec.loader.exec_module(module)
        finally:
            # the module's code may have replaced its own sys.modules entry
            module = sys.modules.pop(name)
            sys.modules[name] = module
        return module
    finally:
        _RELOADING.pop(name, None)
