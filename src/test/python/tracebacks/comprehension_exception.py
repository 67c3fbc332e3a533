def reciprocal_all(nums):
    return [1 / n for n in nums]


print(reciprocal_all([1, 2, 4]))
print(reciprocal_all([1, 0]))
