# An uncaught exception group is drawn as nested boxes; a member keeps its own traceback.
def parse(text):
    return int(text)


errors = []
for text in ("1", "x", "2"):
    try:
        parse(text)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("lookups", [KeyError("a"), KeyError("b")])
raise ExceptionGroup("batch failed", errors + [TypeError("bad type"), inner])
