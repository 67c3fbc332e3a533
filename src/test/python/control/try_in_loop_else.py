results = []
for value in ["1", "x", "3", None]:
    try:
        n = int(value)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
else:
    results.append("no break")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
    except ConnectionError as e:
        print("attempt", attempts, e)
        continue
    else:
        print("succeeded after", attempts)
        break
