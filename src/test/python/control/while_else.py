i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("while else runs after normal exit")
i = 0
while i < 10:
    if i == 2:
        print("breaking")
        break
    i += 1
else:
    print("not printed")
print("after break, i =", i)
while False:
    print("never")
else:
    print("else on never-entered loop")
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
