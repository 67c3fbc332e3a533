print("before")
print(completely_unknown_identifier_xyz)
