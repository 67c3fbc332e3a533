def build(a, b, c):
    return a + b + c


value = build(
    1,
    2,
    "three",
)
