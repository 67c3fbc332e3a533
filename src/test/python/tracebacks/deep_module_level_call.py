def validate(record):
    if "id" not in record:
        raise KeyError("id")
    return record["id"]


def process(records):
    return [validate(r) for r in records]


def run(batches):
    out = []
    for batch in batches:
        out.extend(process(batch))
    return out


def main():
    batches = [[{"id": 1}], [{"id": 2}, {"name": "no id"}]]
    print(run(batches))


if __name__ == "__main__":
    main()
