# time.strftime: every directive glibc knows, its flags and widths, on UTC times
import time

ALL = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%P"
times = [time.gmtime(s) for s in (0, 951827696, 1e9, 1230768000, 1262217600, 1704067199, -2208988800)]
for t in times:
    print(repr(time.strftime(" ".join("%" + c for c in ALL if c != "s"), t)))

t = time.gmtime(1e9)
for flag in ["-", "_", "0", "^", "#", "10", "_5", "-5", "05", "^10", "E", "O", "1"]:
    print(flag, repr(time.strftime(" ".join("%" + flag + c for c in ALL if c not in "sz"), t)))

print(repr(time.strftime("%q %i %L %f %v %N %+ %E| %Oa %Ec %Od 100%", t)))
print(repr(time.strftime("", t)), repr(time.strftime("%", t)), repr(time.strftime("%%%%", t)))
print(repr(time.strftime("%Y %m %d %j %a", (2000, 0, 0, 0, 0, 0, 0, 0, 0))))
print(repr(time.strftime("%Y|%C|%y|%G|%g|%10Y|%_8Y", (-1234, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime("%Y %a", (10000, 1, 1, 0, 0, 0, 6, 1, 0))))
print(repr(time.strftime("%z %Z|", (2000, 1, 1, 0, 0, 0, 0, 1, -1))))
print(repr(time.strftime("%a %w %u", (2000, 1, 1, 0, 0, 0, 7, 1, 0))))
print(repr(time.strftime("%S", (2000, 1, 1, 0, 0, 61, 0, 1, 0))))
print(repr(time.strftime("%z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'X', -19800)))))
print(repr(time.strftime("%Z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 0)))))
print(repr(time.strftime("caf\u00e9 \u20ac %Y", t)))

for args in [(5,), ("%Y", 5), ("%Y", (1,)), ("%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0]),
             ("a\0b", t), ("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)), ("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
             ("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)), ("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0)),
             ("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0)), ("%Y", (2000, 1, 1, 0, 0, 0, -2, 1, 0)),
             ("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0)), ("%Y", (2000, 1, 1, 0, 0, 0, 0, 1.5, 0)),
             ("%Y", (2**31, 1, 1, 0, 0, 0, 0, 1, 0)), ("%Y", (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print(repr(time.strftime(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
