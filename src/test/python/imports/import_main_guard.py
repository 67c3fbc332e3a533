import sys

sys.path.insert(0, "_mods")
print("this script's __name__:", __name__)
import main_guard

print(main_guard.run(), main_guard.__name__)


def main():
    print("main() called because __name__ == '__main__'")


if __name__ == "__main__":
    main()
print(sys.modules["__main__"].main is main)
