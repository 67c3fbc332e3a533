class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def intro(self):
        return "I am " + self.kind()

    def kind(self):
        return "an animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "a dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " (tiny)"


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(a.speak(), "|", a.intro())
print(Puppy.__bases__[0].__name__, Puppy.__base__.__base__.__name__)
print(issubclass(Puppy, Animal), Puppy.sound, Animal.sound)
Dog.sound = "WOOF"
print(animals[2].speak())
print(Puppy.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])
print(Puppy("x", 2).age)
