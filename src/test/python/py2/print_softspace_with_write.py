# golden: 2.7
import sys

print "a",
sys.stdout.write("[written]")
print "b"
print "c",
print "",
print "d"
print "x", "",
print "y"
