def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("expected a numeric string") from None


convert("12")
convert("abc")
