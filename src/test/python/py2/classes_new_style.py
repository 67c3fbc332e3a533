# golden: 2.7
class Animal(object):
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super(Dog, self).speak() + "!"


for a in [Animal("thing"), Dog("rex")]:
    print a.speak()
print isinstance(Dog("x"), Animal), issubclass(Dog, Animal)
print Dog.__name__, Dog.__mro__[1].__name__
