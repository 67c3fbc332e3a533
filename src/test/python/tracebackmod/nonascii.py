# Caret lines under lines with accented and wide (CJK) characters: columns are characters, carets
# take two columns under a wide character; FrameSummary.colno counts UTF-8 bytes.
import traceback, sys
def f(d):
    return d["é"] + d["ü"]["x"]
def g(s):
    return s["日本"] + 1 / 0
for fn, arg in [(f, {"é": 1, "ü": None}), (g, {"日本": 1})]:
    try:
        fn(arg)
    except Exception:
        traceback.print_exc(file=sys.stdout)
try:
    fn(arg)
except Exception as e:
    print(traceback.extract_tb(e.__traceback__)[-1].colno, traceback.extract_tb(e.__traceback__)[-1].end_colno)
g({"日本": 1})
