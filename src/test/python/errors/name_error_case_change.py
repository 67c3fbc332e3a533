# Changing the case of a letter costs half of any other edit, so "counter" finds "Counter".
class Counter:
    pass


print(counter())
