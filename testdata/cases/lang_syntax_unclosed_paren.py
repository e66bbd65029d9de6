print("a",
      1
x = 2
