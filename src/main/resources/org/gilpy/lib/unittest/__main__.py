"""python -m unittest: the command line of unittest.main() with discovery."""

import sys
# argv[0] names this file (gilpy: "<frozen unittest.__main__>" when it is in the jar)
if sys.argv[0].endswith("__main__.py") or sys.argv[0] == globals().get('__file__'):
    import os.path
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
