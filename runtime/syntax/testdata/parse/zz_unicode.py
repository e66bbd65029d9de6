é = 1
x = "é" + é
中文 = "中文"; y = 中文
print(é, 中文, "😀", x)
def ф(α, β=2): return α + β
class Ω: π = 3.14
z = [é, 中文][0]; w = {"k": "😀"}
	
if x:
	y = 1
	z = 2
x = 1 # trailing comment
x = (1, # comment in brackets
     2)
