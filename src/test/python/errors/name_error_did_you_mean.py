counter_value = 10


def report():
    print("value is", counter_valeu)


report()
