def fetch(key):
    table = {"a": 1}
    return table[key]


def wrapper(key):
    try:
        return fetch(key)
    except KeyError:
        print("logging and re-raising")
        raise


wrapper("z")
