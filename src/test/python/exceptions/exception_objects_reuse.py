def fail():
    raise ValueError("shared")


caught = []
for _ in range(2):
    try:
        fail()
    except ValueError as e:
        caught.append(e)
print(caught[0] is caught[1], caught)
err = KeyError("same object")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(i, e is err)
e = RuntimeError("with attrs")
e.extra = [1, 2]
try:
    raise e
except RuntimeError as got:
    print(got.extra, got.__traceback__ is not None)
print(ValueError("x").__traceback__)
t = TypeError("wt")
print(t.with_traceback(None) is t)
e = Exception("notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
