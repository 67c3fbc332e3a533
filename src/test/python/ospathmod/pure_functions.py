# os.path's pure string functions on str and bytes: join, split, splitext, basename,
# dirname, normpath, isabs, commonprefix, commonpath, splitdrive, normcase.
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__)
for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("a", ""), ("", "b"), ("a", "b/", "c/"), ("",)]:
    print(args, repr(os.path.join(*args)))
print(os.path.join(b"a", b"b"))
for p in ["", "/", "a", "a/", "/a/b", "a/b/", "//a//b//", "///", "a/b.c/d", "/usr/lib/x.tar.gz"]:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["a.txt", ".bashrc", "a/.b", "a.b/c", "x.tar.gz", "...", "..a", "a.", "/a/b.c/.d.e", "..."]:
    print(repr(p), os.path.splitext(p))
print(os.path.splitext(b"f.py"), os.path.split(b"/x/y"), os.path.basename(b"/q/r"), os.path.dirname(b"/q/r"))
for p in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//x/../y",
          "./", "a//b///c/", "/./a/", "../../x/.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.normpath(b"/a/./b/../c"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(os.path.commonprefix([])),
      os.path.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/x", "/usr/l"]), os.path.commonpath(["a/b", "a/c/d"]),
      os.path.commonpath(["/a"]), repr(os.path.commonpath(["a", "b"])), os.path.commonpath([b"/x/y", b"/x/z"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.normcase(b"X"))
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep, os.path.altsep,
      os.path.devnull, os.path.defpath, os.path.supports_unicode_filenames)


class P:
    def __fspath__(self):
        return "/p/q.txt"


print(os.path.basename(P()), os.path.splitext(P()), os.path.join(P(), "r"), os.path.isabs(P()))
for bad in (lambda: os.path.join(1), lambda: os.path.join("a", b"b"), lambda: os.path.join("a", 1),
            lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]),
            lambda: os.path.commonpath(["a", b"b"]), lambda: os.path.splitext(1), lambda: os.path.basename(None),
            lambda: os.path.normpath(1), lambda: os.path.relpath(""), lambda: os.path.relpath(b"a", "b")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(os.path.__all__))
