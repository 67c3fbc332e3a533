def make_validator(limit):
    def check(value):
        if value > limit:
            raise OverflowError(f"{value} exceeds {limit}")
        return value
    return check


check = make_validator(10)
results = list(map(check, [1, 5, 50]))
