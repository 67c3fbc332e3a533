stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list("abcde")
order = []
while queue:
    order.append(queue.pop(0))
    if len(order) == 2:
        queue.append("z")
print(order)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
flat = [x for row in matrix for x in row]
print(flat, sum(flat), flat.index(max(flat)))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
