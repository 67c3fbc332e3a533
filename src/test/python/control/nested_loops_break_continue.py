for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
    if i == 2:
        continue
    print("end outer", i)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    else:
        continue
    break
print("found", found)
count = 0
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
    i += 1
print("count", count)
