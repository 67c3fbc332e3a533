import heapq
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(6)])
l = [9, 4, 7, 1, 3, 8, 2]
heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 5), l, heapq.heappushpop(l, 0), l)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a1", "b2"], ["a2", "c1"], key=lambda s: s[0])))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3], key=lambda v: -v))
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
import heapq
try: heapq.heapreplace([], 1)
except IndexError as e: print("IndexError", e)
