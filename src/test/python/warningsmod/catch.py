# catch_warnings: restores filters and showwarning; record=True collects WarningMessage objects;
# action/category/lineno/append (3.11); entering twice or exiting first is an error; logging.captureWarnings.
import logging
import sys
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
print(warnings.filters == before, len(log))
for w in log:
    print(w.message, type(w.message).__name__, w.category.__name__, w.filename, w.lineno, w.file, w.line, w.source)
print(log[0])
with warnings.catch_warnings() as nothing:
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print(nothing, warnings.filters == before)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    warnings.warn("user warnings still shown")
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning:
        print("RuntimeWarning raised inside")
with warnings.catch_warnings(record=True, action="always") as log:
    for i in range(3):
        warnings.warn("repeated")
print(len(log))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
c = warnings.catch_warnings()
try:
    c.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print(e)
c.__exit__(None, None, None)


def custom(message, category, filename, lineno, file=None, line=None):
    print("custom showwarning:", message)


warnings.showwarning = custom
with warnings.catch_warnings(record=True) as log:
    warnings.warn("recorded, not shown")
print(len(log), warnings.showwarning is custom)
warnings.warn("shown by custom")
warnings.showwarning = warnings._showwarning_orig

# logging.captureWarnings sends warnings to the "py.warnings" logger
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)r"))
logging.getLogger("py.warnings").addHandler(handler)
logging.captureWarnings(True)
warnings.warn("captured")
warnings.showwarning("with a file goes to the file", UserWarning, "f.py", 1, sys.stdout)
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is warnings._showwarning_orig)
warnings.warn("not captured")
