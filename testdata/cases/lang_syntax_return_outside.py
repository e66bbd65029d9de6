print("hi")
x = 1
return x
