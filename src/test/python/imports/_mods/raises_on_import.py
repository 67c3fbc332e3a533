print("raises_on_import executing")
attempts = 1
raise ValueError("module failed to initialise")
