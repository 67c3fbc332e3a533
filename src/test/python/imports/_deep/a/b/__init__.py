print("_deep.a.b imported")
