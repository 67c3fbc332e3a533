# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue are generic in annotations:
# Class[X] is a types.GenericAlias whose origin is the class (not the class itself).
import queue
import types

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    alias = cls[int]
    print(cls.__name__, type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__)
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple[int, str]])
q = queue.Queue[int](maxsize=2)
q.put(1)
print(type(q) is queue.Queue, q.get(), q.maxsize)


class Jobs(queue.Queue):
    pass


print(Jobs[str].__origin__ is Jobs)
