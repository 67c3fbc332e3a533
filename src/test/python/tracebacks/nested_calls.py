def parse(text):
    return int(text)


def load(items):
    return [parse(item) for item in items]


def main():
    print("loading")
    values = load(["1", "2", "three"])
    print(values)


main()
