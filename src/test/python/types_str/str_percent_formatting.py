print("%s %s" % ("a", 1), "%r" % "q", "%a" % "é", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%5.1s|" % "xyz")
print("%d %5d %-5d| %05d %+d % d %x %X %#x %o %#o %c %c" % (1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 8, 65, "B"))
print("%f %.1f %e %.2E %g %G %10.3f| %-10.2e|" % (1.5, 2.25, 12345.678, 0.000123, 1e-7, 1e20, 3.14159, 2.5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s %(x)r" % {"x": "v"})
print("%%" % (), "100%%" % (), "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % None, "%d" % True, "%i" % 3.99, "%x" % -255)
cases = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1234567), ("%c", "ab"), ("%x", 1.5), ("%(a)s", {}), ("%", ()), ("%5%|", ())]
for fmt, args in cases:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s|%10r|" % ("é", "é"), "%-6.2f|" % 1, "%#.3g" % 1.0, "%.3g" % 1.0, "%s %s" % ("a", "b") * 2)
