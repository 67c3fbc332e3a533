# golden: 2.7
class Collector(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print >>c, "first", 1
print >>c, "second",
print >>c, "third"
print >>c
print c.parts
print >>None, "None means stdout"
