# golden: 2.7
print "a",
print "b",
print "c"
for i in range(3):
    print i,
print
print "same", "line",
print "continued"
print "ends with newline\n",
print "no leading space because last char was newline"
print "tab\t",
print "after tab"
for word in ["one", "two"]:
    print word,
print "done"
