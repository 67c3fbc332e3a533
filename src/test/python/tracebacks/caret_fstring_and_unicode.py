# Carets count characters: the accented letters before the expression take one column
# each, and an expression inside an f-string is marked where it stands.
def describe(n):
    return f"Größe: {100 // n} éléments"


print(describe(4))
print(describe(0))
