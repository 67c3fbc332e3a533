# A bare raise in a helper re-raises the exception being handled without adding an
# entry for the helper's own line.
def fail():
    return {}["key"]


def reraise():
    raise


def run():
    try:
        fail()
    except KeyError:
        print("handling")
        reraise()


run()
