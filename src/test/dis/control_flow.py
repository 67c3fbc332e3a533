# if / while / for with else, break and continue; assert, raise, pass.
if a:
    x = 1
elif b:
    x = 2
else:
    x = 3

if not a and (b or c):
    pass

while i < 10:
    i += 1
    if i == 5:
        continue
    if i == 8:
        break
else:
    done = True

while True:
    if poll():
        break

for item in items:
    if item:
        continue
    for inner in item:
        if inner:
            break
    else:
        missing()
else:
    finished()

for k in [1, 2, 3]:
    use(k)

assert x, "message"
assert y

try:
    raise ValueError("bad") from None
except ValueError:
    raise
