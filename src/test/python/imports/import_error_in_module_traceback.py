import sys

sys.path.insert(0, "_mods")
print("importing a module whose top level fails")
import bad_attribute_use
