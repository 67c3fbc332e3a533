"""The finders and loaders of gilpy's import system, and ModuleSpec.

Only source modules are loaded: there are no bytecode (.pyc) or extension (.so)
modules, so SOURCE_SUFFIXES is the only non-empty suffix list and SourcelessFileLoader,
ExtensionFileLoader, FileFinder and WindowsRegistryFinder are absent.
"""

from importlib._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                  SourceFileLoader, PathFinder)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = []
OPTIMIZED_BYTECODE_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
