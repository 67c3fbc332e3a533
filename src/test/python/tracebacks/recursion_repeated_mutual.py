# Runs of the same entry are collapsed after three; alternating entries are not runs.
def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    down(n - 1)


def ping(n):
    if n == 0:
        raise RuntimeError("ping bottom")
    pong(n - 1)


def pong(n):
    ping(n)


try:
    ping(4)
except RuntimeError as e:
    print("caught", e)
down(7)
