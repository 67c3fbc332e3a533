# os.remove and os.unlink: files go, and the errors name what was asked for.
import os

NAME = "os_remove_test.tmp"


class Where:
    def __fspath__(self):
        return NAME


for remove in (os.remove, os.unlink):
    with open(NAME, "w") as f:
        f.write("x")
    print(remove.__name__, remove(NAME))
    try:
        open(NAME)
    except FileNotFoundError as e:
        print("gone:", e)
    open(NAME, "w").close()
    remove(NAME.encode())
    open(NAME, "w").close()
    remove(Where())
    for bad in ("no_such_file.tmp", b"no_such_file.tmp", "", os.curdir, "a\0b", b"a\0b", 5, None):
        try:
            remove(bad)
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e, getattr(e, "filename", "-"))
    for args, kw in (((), {}), (("a", "b"), {}), ((), {"path": "no_such_file.tmp"})):
        try:
            remove(*args, **kw)
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
# a missing argument is reported before an unexpected keyword, as CPython's parser does
for kwargs in ({"name": "x"}, {"path": "does-not-exist-either", "name": "x"}):
    try:
        os.remove(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
