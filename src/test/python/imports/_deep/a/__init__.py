print("_deep.a imported")
