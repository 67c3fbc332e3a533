# More than 15 members are cut off with "and N more exceptions"; notes and the context
# of the group are shown with the group.
members = [ValueError(f"item {i}") for i in range(17)]
try:
    raise ExceptionGroup("wide", members)
except ExceptionGroup as e:
    e.add_note("note on the group\nsecond line")
    wide = e
try:
    raise KeyError("while loading")
except KeyError:
    raise ExceptionGroup("outer", [wide, RuntimeError("last")])
