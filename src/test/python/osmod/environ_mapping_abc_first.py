# collections.abc imported before os: os.environ is still a MutableMapping.
import sys
import collections.abc
import os

print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environ, collections.abc.Mapping))
