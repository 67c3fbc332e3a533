# golden: 2.7
print "about to raise"
raise ValueError, "uncaught in python 2"
