letters = ["a", "b", "c"]
for i in range(4):
    print(letters[i])
