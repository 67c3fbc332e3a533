# golden: 2.7
import sys

print "to stdout"
print >>sys.stderr, "to stderr"
print >>sys.stderr, "multiple", "values", 3
print >>sys.stdout, "explicit stdout"
print >>sys.stderr
print >>sys.stderr, "partial",
print >>sys.stderr, "line"
print "stdout again"
