lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError", repr(str(e)), e.args)
        break
print(lines)
try:
    input()
except EOFError as e:
    print("EOFError again", type(e).__name__)
