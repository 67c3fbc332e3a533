# golden: 2.7
# The Python 2 print statement.
print "hello", 42
print "no newline",
print
print >>sys.stderr, "to stderr"
print >>log
