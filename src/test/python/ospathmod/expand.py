# os.path.expanduser and expandvars with a controlled environment.
import os

os.environ["HOME"] = "/home/tester"
os.environ["GILPY_V"] = "value"
os.environ.pop("GILPY_UNSET", None)
for p in ["~", "~/x", "~x/y"[:1] + "/z", "a~", "", "~/", "/~"]:
    print(repr(p), repr(os.path.expanduser(p)))
print(os.path.expanduser(b"~/q"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/a"))
print(os.path.expanduser("~root") == os.path.expanduser("~root/").rstrip("/") or "slash")
print(os.path.expanduser("~no_such_user_gilpy/x"))
for p in ["$GILPY_V", "${GILPY_V}", "a$GILPY_V/b", "$GILPY_UNSET", "${GILPY_UNSET}x", "$", "$$", "${", "${GILPY_V",
          "x${}y", "$GILPY_V$GILPY_V", "cost: $5", "$GILPY_V.txt", "no vars", "$GILPY_Vx"]:
    print(repr(p), repr(os.path.expandvars(p)))
print(os.path.expandvars(b"$GILPY_V/${GILPY_V}"))
