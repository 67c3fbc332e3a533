# CPython 3.11 finds the operator after the left operand's closing parenthesis; when the
# right operand is parenthesized too, the two-character check takes its "(" along.
def ratio(total, count):
    return (total)/(count)


def safe(total, count):
    try:
        return ((total))  //count
    except ZeroDivisionError:
        return ratio(total, count)


print(safe(10, 2))
print(safe(10, 0))
