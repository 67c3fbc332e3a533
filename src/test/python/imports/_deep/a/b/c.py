print("_deep.a.b.c imported")
NAME = "I am " + __name__
