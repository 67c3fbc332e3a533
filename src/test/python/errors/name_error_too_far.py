# "ba" is two edits from "ab" on two characters: more than a third, so no suggestion.
ab = 1
print(ba)
