def f():
    print("enter f")
    try:
        print("try f")
        g()
    finally:
        print("finally f")


def g():
    try:
        print("try g")
        raise ValueError("deep")
    finally:
        print("finally g")


try:
    f()
except ValueError as e:
    print("caught at top:", e)


def nested():
    for i in range(2):
        try:
            try:
                if i:
                    raise KeyError(i)
            finally:
                print("inner finally", i)
        except KeyError as e:
            print("handled", e)
        finally:
            print("outer finally", i)


nested()
