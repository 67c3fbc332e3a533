import sys

sys.path.insert(0, "_mods")
print("before import")
import greeting
print(greeting.hello())
print(greeting.hello("golden"))
print(greeting.__name__, greeting.__doc__, greeting.DEFAULT)
from greeting import hello as hi, DEFAULT
print(hi("alias"), DEFAULT)
import greeting as g2
print(g2 is greeting, type(greeting).__name__)
greeting.DEFAULT = "goodbye"
print(hi("changed module global"))
print(DEFAULT)
