# Suggestions: a case change is cheap, a transposition is two edits, and a candidate
# needing more than a third of the characters changed is not offered.
# UnboundLocalError (a NameError subclass) gets no suggestion in 3.11, and str(e) never
# contains one.
Ab = 1
xy_total = 2


def tries():
    probes = {"ab": lambda: ab, "ba": lambda: ba, "yx_total": lambda: yx_total}
    for code, probe in probes.items():
        try:
            probe()
        except NameError as e:
            print(code, "->", e)


def unbound():
    print(totl)
    totl = 1


tries()
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(xy_totla)
