print("configuring")
raise RuntimeError("module-level failure")
