if x:
	if y:
		z = 1
	else:
	  	w = 2
x = 3
