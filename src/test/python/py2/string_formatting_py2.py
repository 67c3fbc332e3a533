# golden: 2.7
print "%5s|%-5s|" % ("ab", "cd")
print "%03d %x %o %%" % (7, 255, 8)
print "%(a)s-%(b)s" % {"a": 1, "b": 2}
print "%.2f" % 3.14159
print "{0} {1} {0}".format("x", "y")
print "{name}!".format(name="kw")
print "abc".upper(), "ABC".lower(), " pad ".strip(), "a,b".split(",")
print "-".join(["1", "2", "3"]), "hello"[1:3], "hello"[::-1]
print len("four"), "ab" * 2, "b" in "abc"
