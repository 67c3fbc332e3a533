def check(n):
    if n < 0:
        e = ValueError("negative value")
        e.add_note("value was %d" % n)
        e.add_note("use a non-negative number")
        raise e
    return n


check(1)
check(-5)
