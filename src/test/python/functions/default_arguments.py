def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))
x = 10


def captured(v=x):
    return v


x = 20
print(captured())


def kwonly_defaults(*, a=1, b):
    return a, b


print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, kwonly_defaults.__defaults__)


def change_defaults(a=1, b=2):
    return a, b


change_defaults.__defaults__ = (100, 200)
print(change_defaults())
change_defaults.__defaults__ = (300,)
print(change_defaults(1))
