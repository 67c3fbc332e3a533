# with statements: plain, as-targets, several items, nested, inside try.
with open("f") as fh:
    data = fh.read()

with lock:
    counter += 1

with a as x, b as (y, z), c:
    use(x, y, z)

with outer():
    with inner() as i:
        i.run()

try:
    with resource() as r:
        r.go()
except OSError:
    pass
