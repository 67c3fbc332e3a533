print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d" % (1, 2, 3, 4, 5))
print("%f %.2f %10.3f|%-10.1f|%e %g %G" % (1.5, 2.345, 3.14159, 2.0, 12345.678, 0.00001, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"))
print("%%literal %s" % "x")
print("%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.*f" % (2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%+d % d" % (5, 5))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
