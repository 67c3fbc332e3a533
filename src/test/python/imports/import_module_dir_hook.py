# A module-level __dir__ decides what dir(module) shows (PEP 562).
import sys
sys.path.insert(0, '_mods')
import dir_hook

print(dir(dir_hook))
print(dir_hook.virtual)
try:
    dir_hook.other
except AttributeError as e:
    print(e)
