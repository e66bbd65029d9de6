x = 1
y = (2,
     3)
if x:
    z = "a\
b"
