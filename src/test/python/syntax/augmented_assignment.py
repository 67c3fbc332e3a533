x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0001; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 3; print(x)
x >>= 2; print(x)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return M(self.v * o.v)

    def __imatmul__(self, o):
        print("imatmul")
        return M(self.v + o.v)


m = M(3)
m @= M(4)
print(m.v)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
d = {"k": 1}
d["k"] += 10
print(d)


class A:
    n = 0


a = A()
a.n += 1
print(a.n, A.n)
nums = [1, 2, 3]
i = 0


def idx():
    global i
    print("idx evaluated")
    return i


nums[idx()] += 100
print(nums)
