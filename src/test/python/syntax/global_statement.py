counter = 0


def inc():
    global counter
    counter += 1
    return counter


inc()
inc()
print(counter)


def define_new():
    global brand_new
    brand_new = "created"


define_new()
print(brand_new)


def nested():
    def inner():
        global counter
        counter = 100
    counter = -1
    inner()
    return counter


print(nested(), counter)


def multi():
    global a, b
    a, b = 1, 2


multi()
print(a, b)


def delete_global():
    global brand_new
    del brand_new


delete_global()
print("brand_new" in globals())


class K:
    global counter
    counter = 5


print(counter)
