# An AttributeError raised by __getattr__ keeps its own message; the traceback adds the
# suggestion computed from dir() of the object.
class Record:
    fields = ("name", "size")

    def __getattr__(self, attr):
        raise AttributeError(f"no field {attr!r}")


r = Record()
try:
    r.feilds
except AttributeError as e:
    print("str:", e)
    print("name:", e.name, "obj is r:", e.obj is r)
r.feilds
