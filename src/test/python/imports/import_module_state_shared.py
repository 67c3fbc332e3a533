import sys

sys.path.insert(0, "_mods")
import stateful
from stateful import setting, set_setting, get_setting

print(setting, get_setting())
set_setting("updated")
print(setting, get_setting(), stateful.setting)
stateful.setting = "set from importer"
print(get_setting())
print(get_setting.__globals__ is vars(stateful))
