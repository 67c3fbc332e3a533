# golden: 2.7
for i in range(3):
    print i,
print "last item without newline",
