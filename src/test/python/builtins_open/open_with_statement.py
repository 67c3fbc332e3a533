NAME = "_tmp_builtins_open_with_statement.txt"
with open(NAME, "w") as f:
    f.write("content")
    print("inside closed?", f.closed)
print("after closed?", f.closed)
try:
    with open(NAME) as f:
        print(f.read())
        raise RuntimeError("boom")
except RuntimeError as e:
    print("RuntimeError", e, "closed:", f.closed)
with open(NAME) as a, open(NAME) as b:
    print(a.read(3), b.read(), a.read())
print(a.closed, b.closed)
f = open(NAME)
with f as g:
    print(f is g)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
f = open(NAME)
f.close()
f.close()
print("double close ok")
try:
    with f:
        pass
except ValueError as e:
    print("ValueError", e)
