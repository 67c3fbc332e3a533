"""Bisection algorithms."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

# the short names search and insert to the right of equal items
bisect = bisect_right
insort = insort_right
