from .. import a as parent_a
from ..a import public
from . import m
