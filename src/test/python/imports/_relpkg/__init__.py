x = 'pkgx'
from . import a
from .a import af
