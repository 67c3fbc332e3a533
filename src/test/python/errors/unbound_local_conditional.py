def pick(flag):
    if flag:
        result = "chosen"
    return result


print(pick(True))
print(pick(False))
