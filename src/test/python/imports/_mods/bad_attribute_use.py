def compute():
    return missing_helper()


value = compute()
