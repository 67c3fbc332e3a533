# golden: 2.7
print "hello"
print "a", "b", "c"
print 1, 2, 3
x = 42
name = "gilpy"
print "x =", x
print name, "has", len(name), "letters"
print "%s is %d" % (name, x)
print
print "after empty line"
print "concat" + "enated", "implicit" "join"
print [1, 2, 3], ("t", 1), None, True
print "tab\tand\\backslash"
print -5, 3 * 4, 10 // 3, 10 % 3
