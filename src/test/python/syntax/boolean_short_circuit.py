def t(label):
    print("t", label)
    return True


def f(label):
    print("f", label)
    return False


print(t(1) and f(2) and t(3))
print(f(1) and t(2))
print(f(1) or t(2) or t(3))
print(t(1) or f(2))
print(not (f(1) or f(2)))
print((t("a") and f("b")) or t("c"))
x = [] or {} or 0 or ""
print(repr(x))
y = [1] and {2: 2} and "last"
print(y)
print(1 if t("cond") and f("c2") else 2)
