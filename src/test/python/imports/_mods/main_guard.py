def run():
    return "run called"


print("main_guard imported as", __name__)
if __name__ == "__main__":
    print("this only runs as a script")
