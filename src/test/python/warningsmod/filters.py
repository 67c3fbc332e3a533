# filterwarnings/simplefilter/resetwarnings: actions, message and module patterns, lineno,
# append, the registry being reset when filters change, and the argument checks.
import sys
import warnings

warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print(
    "shown:", category.__name__, message, lineno)


def emit(text, category=UserWarning):
    warnings.warn(text, category)


warnings.simplefilter("ignore")
emit("ignored")
warnings.simplefilter("always")
emit("always 1")
emit("always 1")
warnings.simplefilter("default")
for i in range(3):
    emit("default")
emit("default other text")
warnings.simplefilter("module")
for i in range(2):
    emit("module")
    warnings.warn("module")
warnings.simplefilter("once")
for i in range(2):
    emit("once")
    warnings.warn("once")
warnings.simplefilter("error")
try:
    emit("error")
except UserWarning as e:
    print("raised", repr(e))
try:
    warnings.warn(RuntimeWarning("instance error"))
except RuntimeWarning as e:
    print("raised", repr(e))

warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", message=r"egg\d+ [a-c]+$", category=RuntimeWarning)
warnings.filterwarnings("ignore", module="mod(ule)?_[xy]")
for text, cat in [("SPAM and eggs", UserWarning), ("not spam", UserWarning), ("egg12 abc", RuntimeWarning),
                  ("EGG3 CAB", RuntimeWarning), ("egg3 abd", RuntimeWarning), ("egg3 abc", UserWarning)]:
    try:
        warnings.warn(text, cat)
    except Warning as e:
        print("raised", repr(e))
for module in ["mod_x", "module_y", "mod_z", "prefix_mod_x", "mod_xyz"]:
    warnings.warn_explicit("from " + module, UserWarning, "f.py", 1, module=module)
print(len(warnings.filters), [f[0] for f in warnings.filters])
print(warnings.filters[0][1].pattern, warnings.filters[0][3].match("mod_x") is not None)

warnings.resetwarnings()
warnings.simplefilter("error", lineno=200)
warnings.warn_explicit("line 100", UserWarning, "f.py", 100)
try:
    warnings.warn_explicit("line 200", UserWarning, "f.py", 200)
except UserWarning as e:
    print("raised at line 200")
warnings.resetwarnings()
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", Warning, append=True)
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", Warning, append=True)
print([(a, c.__name__) for a, m, c, mod, ln in warnings.filters])
warnings.warn("deprecated", DeprecationWarning)
try:
    warnings.warn("other")
except UserWarning:
    print("other raised")

for kwargs in [dict(action="bogus"), dict(action="error", message=3), dict(action="error", category=3),
               dict(action="error", category=int), dict(action="error", module=3),
               dict(action="error", lineno=-1), dict(action="error", lineno="1")]:
    try:
        warnings.filterwarnings(**kwargs)
    except AssertionError as e:
        print("AssertionError", e)
for args in [("bogus",), ("error", Warning, -1)]:
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError", e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.filters.pop(0)

# replacing formatwarning changes what the default showwarning writes
del warnings.showwarning
warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "custom: %s\n" % message
warnings.warn("formatted")
warnings.formatwarning = warnings._formatwarning_orig
warnings.showwarning = 42
try:
    warnings.warn("bad showwarning")
except TypeError as e:
    print(e)
warnings.showwarning = warnings._showwarning_orig
sys.stderr = sys.stdout
warnings.warn("to the replaced stderr")
