print("_deep imported")
