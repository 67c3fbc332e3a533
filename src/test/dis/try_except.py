# try/except/else/finally in every combination.
def handlers():
    try:
        risky()
    except KeyError:
        key()
    except (TypeError, ValueError) as e:
        typed(e)
    except:
        anything()
    else:
        fine()


def with_finally():
    try:
        risky()
    finally:
        cleanup()


def everything():
    try:
        risky()
    except OSError as err:
        log(err)
    else:
        fine()
    finally:
        cleanup()


def nested():
    try:
        try:
            inner()
        except ValueError:
            raise TypeError("converted")
    except TypeError as outer:
        return outer


def reraise():
    try:
        risky()
    except Exception as e:
        raise RuntimeError("wrapped") from e
