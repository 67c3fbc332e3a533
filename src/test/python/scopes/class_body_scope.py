value = "global"


class C:
    value = "class"
    copy = value

    def method(self):
        return value

    def method_self(self):
        return self.value

    @staticmethod
    def static():
        return value


print(C.copy, C().method(), C().method_self(), C.static())


def enclosing():
    value = "function"

    class Inner:
        seen = value

        def get(self):
            return value
    return Inner.seen, Inner().get()


print(enclosing())


class Counter:
    count = 0

    def bump(self):
        try:
            count += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)


print(Counter().bump())


class Shadow:
    value = "shadow-class"

    def show():
        return value
    result = show()


print(Shadow.result)
