print("module level")
nonlocal x
