words = ["10", "20", "x"]
total = sum(int(w) for w in words)
print(total)
