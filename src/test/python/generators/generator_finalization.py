def resource(name):
    print("open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("close", name)


for x in resource("a"):
    print("use", x)
print("after exhausting loop")
g = resource("b")
for x in g:
    print("use", x)
    break
print("after break, generator still suspended:", g.gi_frame is not None)
g.close()
print("after explicit close")
g = resource("c")
print("not started yet")
g.close()
print("closing unstarted generator ran no code")


def consume_first():
    g = resource("d")
    try:
        return next(g)
    finally:
        g.close()


print(consume_first())


def nested_cleanup():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


g = nested_cleanup()
next(g)
g.close()
print(g.gi_frame)
