# Import statements.
import os
import os.path
import xml.dom.minidom as md
import sys as system, json
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .package.module import name
from ..parent import *


def local_import():
    import math
    from os import sep
    return math, sep
