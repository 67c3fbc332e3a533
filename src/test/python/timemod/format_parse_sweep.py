# A seeded sweep: random strftime formats (flags, widths, modifiers) on UTC times,
# and strptime reading back what strftime wrote
import time

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

DIRECTIVES = "aAbBcdHIjmMpSUwWxXyYzZ%eCDFGgVunRTrhklP"
FLAGS = ["", "", "", "-", "_", "0", "^", "#", "10", "_5", "E", "O", "-3", "05"]
for k in range(1500):
    secs = rnd(2**31) * (1 if rnd(3) else -1) * (rnd(40) + 1)
    t = time.gmtime(secs)
    fmt = "".join("%" + FLAGS[rnd(len(FLAGS))] + DIRECTIVES[rnd(len(DIRECTIVES))] for i in range(4))
    print(secs, repr(fmt), repr(time.strftime(fmt, t)))
    pf = ""
    while len(pf) < 9:
        d = "%" + "aAbBdHIjmMpSUwWyYzZ%"[rnd(20)] + " "
        if d not in pf or d == "%% ":
            pf += d
    text = time.strftime(pf, t)
    try:
        r = time.strptime(text, pf)
        print(" ", repr(pf), repr(text), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(" ", repr(pf), "ValueError", e)

for k in range(300):
    t = time.gmtime(rnd(2**31) * (rnd(3) + 1) - 2**31)
    for f in ("%G-%V-%u", "%Y-%U-%w", "%Y-%W-%a", "%Y %j", "%y %b %d %I%p"):
        text = time.strftime(f, t)
        print(repr(text), tuple(time.strptime(text, f)))
