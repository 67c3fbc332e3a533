import sys

sys.path.insert(0, "_mods")
for attempt in range(2):
    try:
        import raises_on_import
    except ValueError as e:
        print("attempt", attempt, "failed:", e)
    print("in sys.modules:", "raises_on_import" in sys.modules)
try:
    raises_on_import
except NameError as e:
    print(e)
