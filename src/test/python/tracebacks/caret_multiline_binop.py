# An expression spread over lines is marked on its first line, up to the last character
# of that line, without operator anchors.
count = 3
label = "items"
total = (count
         + label)
