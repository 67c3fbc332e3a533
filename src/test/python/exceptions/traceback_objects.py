def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
try:
    try:
        inner()
    except ValueError as e:
        raise e
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = KeyError("k")
try:
    raise e.with_traceback(None)
except KeyError as got:
    print(got.__traceback__.tb_next, got.__traceback__.tb_lineno)
