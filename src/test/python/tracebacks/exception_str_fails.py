# When str() of the exception raises, the message is replaced by a placeholder.
class Broken(Exception):
    def __str__(self):
        raise TypeError("cannot format")


raise Broken("ignored")
