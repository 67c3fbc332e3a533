# CPython 3.11's default filters: DeprecationWarning shown only when __main__ issues it;
# PendingDeprecationWarning, ImportWarning, ResourceWarning ignored; the interpreter's own
# DeprecationWarning for bool(NotImplemented) goes through the same machinery.
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
warnings.warn("from __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)
warnings.warn("syntax", SyntaxWarning)
exec("import warnings\nwarnings.warn('from a module not named __main__', DeprecationWarning)",
     {"__name__": "other"})
exec("import warnings\nwarnings.warn('from a __main__ namespace', DeprecationWarning)",
     {"__name__": "__main__"})
print(bool(NotImplemented))
if NotImplemented:
    print("NotImplemented is true")


def negate():
    return not NotImplemented


print(negate(), negate())
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("DeprecationWarning raised:", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    bool(NotImplemented)
print(log[0].category.__name__, log[0].message, log[0].lineno)
