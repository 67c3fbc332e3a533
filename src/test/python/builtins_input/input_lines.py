name = input()
print("Hello,", name)
age = int(input())
print("Next year:", age + 1)
numbers = [int(x) for x in input().split()]
print(sum(numbers), max(numbers))
print(repr(input()))
print(repr(input()))
