def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))


def make_accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)
    return add


acc = make_accumulator()
print(acc(1), acc(2), acc(10))


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b
        return inner
    return middle()


print(outer()())


def sees_later_binding():
    def get():
        return value
    value = "assigned after def"
    return get()


print(sees_later_binding())


def shared_cell():
    x = 0

    def get():
        return x

    def set_(v):
        nonlocal x
        x = v
    return get, set_


get, set_ = shared_cell()
set_(42)
print(get())
