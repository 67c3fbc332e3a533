class Tracked(list):
    def append(self, item):
        print("append", item)
        super().append(item)

    def __getitem__(self, i):
        result = super().__getitem__(i)
        return ("tracked", result) if isinstance(i, int) else result


t = Tracked([1, 2])
t.append(3)
t.extend([4])
print(t, len(t), t[0], t[1:3], type(t[1:3]).__name__, type(t + t).__name__, type(t * 2).__name__)
print(isinstance(t, list), t == [1, 2, 3, 4], list(t), sorted(t, reverse=True))
t2 = Tracked()
t2 += [9]
print(t2, type(t2).__name__)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s, repr(s))
