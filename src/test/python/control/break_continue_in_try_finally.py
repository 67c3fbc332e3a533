for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
i = 0
while i < 3:
    i += 1
    try:
        try:
            if i == 2:
                continue
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print("handled", e)
    finally:
        print("cleanup", i)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
print("finally break at", i)
