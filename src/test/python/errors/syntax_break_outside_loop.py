print("hi")
break
