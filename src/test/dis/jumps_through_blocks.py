# return, break and continue leaving try/finally, with and except handlers.
def return_through_finally(x):
    try:
        return compute(x)
    finally:
        cleanup()


def return_constant_through_finally():
    try:
        return 1
    finally:
        cleanup()


def return_in_finally():
    try:
        return first()
    finally:
        return 2


def loop_through_finally(items):
    for item in items:
        try:
            if item:
                break
            if item is None:
                continue
        finally:
            after(item)
    while cond():
        try:
            continue
        finally:
            tick()


def return_from_handler():
    try:
        risky()
    except ValueError as e:
        return e.args
    except KeyError:
        return None


def break_from_handler(items):
    for item in items:
        try:
            risky(item)
        except ValueError as e:
            break
        except KeyError:
            continue


def return_through_with(m):
    with m as value:
        return value


def break_through_with(managers):
    for m in managers:
        with m:
            if m.done:
                break
            continue


def finally_in_handler():
    try:
        risky()
    except Exception:
        try:
            return recover()
        finally:
            log()
