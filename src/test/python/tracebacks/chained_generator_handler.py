# A generator suspended inside an except block is still handling that exception when it
# resumes: what it raises there is chained to it.
def numbers():
    try:
        yield 1
        raise KeyError("missing")
    except KeyError:
        yield 2
        raise ValueError("while handling the key error")


gen = numbers()
print(next(gen))
print(next(gen))
next(gen)
