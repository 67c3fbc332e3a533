café = "coffee"
print(café)
π = 3.14159
print(round(π * 2, 3))
ñame = [1, 2]
ñame.append(3)
print(ñame)


def grüße(name):
    return "hallo " + name


print(grüße("welt"), grüße.__name__)


class Ünïcode:
    ß = "eszett"


print(Ünïcode.ß, Ünïcode.__name__)
变量 = 42
print(变量)
# NFKC normalization: the ligature ﬁ is normalized to fi
ﬁle = "normalized"
print(file)
print("变量" in globals(), "ﬁle" in globals(), "file" in globals())
