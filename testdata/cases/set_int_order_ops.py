a=set([14, 45, 1, 4, 63, 7, 41, 69, 2, 59]); b={50, -1, 6}
print(a ^ b, a, b)
for x in [45, 4, 59]: a.discard(x)
a.add(141); print(a, {*a, 1000, 7})
a=set([2, 67, 10, 23, 69, 2, 68, 69, 45, 1, 23, 0, 66]); b={32, 48}
print(a & b, a, b)
for x in [45, 67, 1]: a.discard(x)
a.add(78); print(a, {*a, 1000, 7})
a=set([18, 8, 69, 68, 19, 42, 7, 65, 3, 67, 2, 21, 58, 63, 49, 35, 54]); b={33, 68, 5, 41, 18, 53, 26}
print(a ^ b, a, b)
for x in [2, 49, 19]: a.discard(x)
a.add(155); print(a, {*a, 1000, 7})
a=set([10, 60]); b={0, 38, 14, 16, 48, 57}
print(a | b, a, b)
for x in [60, 10]: a.discard(x)
a.add(177); print(a, {*a, 1000, 7})
a=set([58, 69, 53, 3, 6, 29, 55, 3, 2, 34, 68]); b={39, 40, 9, 44, 16, 52, 54, 58, -3, 31}
print(a | b, a, b)
for x in [3, 6, 53]: a.discard(x)
a.add(189); print(a, {*a, 1000, 7})
a=set([45, 45, 58, 5, 16, 52, 46]); b={65, 40, 43, 12, 48, 50, 30}
print(a & b, a, b)
for x in [45, 45, 46]: a.discard(x)
a.add(38); print(a, {*a, 1000, 7})
a=set([24, -4, 57, 70, 18, 28, 31]); b=set()
print(a & b, a, b)
for x in [70, 18, 57]: a.discard(x)
a.add(156); print(a, {*a, 1000, 7})
a=set([35, 11, 60, 1, 53, 66, 45, 45, 46, 45, 8, 56, 46, 2, 19, 3, 21, 51]); b={9, 38}
print(a | b, a, b)
for x in [1, 35, 53]: a.discard(x)
a.add(137); print(a, {*a, 1000, 7})
a=set([41, -2, 4]); b={27, 43, 14}
print(a - b, a, b)
for x in [4, -2, 41]: a.discard(x)
a.add(31); print(a, {*a, 1000, 7})
a=set([57, 54, 56]); b={34, 5, 38, 8, 13, 56, 28}
print(a & b, a, b)
for x in [56, 57, 54]: a.discard(x)
a.add(135); print(a, {*a, 1000, 7})
a=set([13, 64, -2, 62, 33, 6, 28, 61, 41, 16, 40]); b={64, 37, 46, 19, 20, 23, 24, 25, 59, 61, 63}
print(a ^ b, a, b)
for x in [6, 13, 16]: a.discard(x)
a.add(71); print(a, {*a, 1000, 7})
a=set([28, 19, 39, 52, 39, 41, 5, 23, 8, 24, 55, 20, 38, 21, 56]); b={5, 39, 10, 44, 17, 20, 56, -5}
print(a ^ b, a, b)
for x in [38, 55, 41]: a.discard(x)
a.add(22); print(a, {*a, 1000, 7})
a=set([45, 54, 46, 5, 15, 16, 11, -2, 14, 70, 54, 13, 55, 39, 14, 65, 65, 11, -3, -4, 8, 62, 12, 50, 19]); b={27, -2, 22}
print(a - b, a, b)
for x in [65, -2, 19]: a.discard(x)
a.add(150); print(a, {*a, 1000, 7})
a=set([28, 64, 48, 11, 2, 40, 53, 69, 61, 48]); b={11, 14, 18, 51, 60, -3, 62, 63}
print(a | b, a, b)
for x in [48, 48, 61]: a.discard(x)
a.add(121); print(a, {*a, 1000, 7})
a=set([10, 66, 2, 36, 61, 62, 66, 56, 8, 66, 2, 26, 19, 30, 0, 7, 59, 52, 66]); b=set()
print(a | b, a, b)
for x in [0, 2, 59]: a.discard(x)
a.add(155); print(a, {*a, 1000, 7})
a=set([20, 30, 52, 60, 63, 56, 59, 26, 61, 28, 66, 20, 52, 12, 48, 10]); b={35, 4, 49, 51, 25}
print(a & b, a, b)
for x in [28, 52, 30]: a.discard(x)
a.add(198); print(a, {*a, 1000, 7})
a=set([41, 13, 27, 12]); b={7, 45, 15, 23, 57}
print(a ^ b, a, b)
for x in [12, 13, 27]: a.discard(x)
a.add(50); print(a, {*a, 1000, 7})
a=set([35, 6, 41, -3, 38, 65, 53, 51, -3, 44, 37]); b={32, 3, 5, 8, 9, 28, 24, 60}
print(a - b, a, b)
for x in [35, 41, 38]: a.discard(x)
a.add(193); print(a, {*a, 1000, 7})
a=set([49, 28, 46, 14]); b={2, 36, 68, 6, 18, 58, 60, 30}
print(a ^ b, a, b)
for x in [49, 28, 14]: a.discard(x)
a.add(162); print(a, {*a, 1000, 7})
a=set([28, 5]); b={65, 3, 38, 10, -4, 48, 53, 23, 28}
print(a - b, a, b)
for x in [28, 5]: a.discard(x)
a.add(134); print(a, {*a, 1000, 7})
a=set([25, 9, 15, 28, 1, 18, 20, 34, 34, 62, 21, 32, 52, 59, 17, 29, 39, -3, 27, -1, -4, -3]); b={64, 65, 58, 8, 50, 19, 52, 55, 26, 59, 60}
print(a ^ b, a, b)
for x in [39, 62, 20]: a.discard(x)
a.add(58); print(a, {*a, 1000, 7})
a=set([20, 12, 46, 39, 1, 11, -4, 4, 27, 50]); b={2, 5}
print(a ^ b, a, b)
for x in [27, 1, 39]: a.discard(x)
a.add(177); print(a, {*a, 1000, 7})
a=set([0, 53, 18, 15, 29, 52, -5, 28, 41]); b={65, 34, 36, 26, -1}
print(a & b, a, b)
for x in [52, 18, 0]: a.discard(x)
a.add(85); print(a, {*a, 1000, 7})
a=set([5, 55, 30, 59, 20, 26, 59, -5, 6, 28, 6, 13]); b={0, 33, 70, 45, -3}
print(a & b, a, b)
for x in [55, 28, 6]: a.discard(x)
a.add(192); print(a, {*a, 1000, 7})
a=set([44, 36, 58, 14]); b={0, 49, 60, 13}
print(a & b, a, b)
for x in [44, 58, 14]: a.discard(x)
a.add(21); print(a, {*a, 1000, 7})
a=set([]); b=set()
print(a & b, a, b)
for x in []: a.discard(x)
a.add(163); print(a, {*a, 1000, 7})
a=set([8, 43, 52, 66, 1, -3, 63, 26, 57, 28, -5]); b={3, 6, 55, 59, 62, 63}
print(a - b, a, b)
for x in [43, 1, 66]: a.discard(x)
a.add(186); print(a, {*a, 1000, 7})
a=set([21, 24, 53, 58, 43, 4, 56, 31, 0, 20, 4, 13, 37, 27, 33, 67, 12, -4, 56, 2, 57, 29, 7, 22]); b={32, 65, 10, 20, 54, 57, 61, 31}
print(a - b, a, b)
for x in [53, 67, 21]: a.discard(x)
a.add(74); print(a, {*a, 1000, 7})
a=set([4, 59, 52, 29, 44, 21, 21, 4, 69, 6, 13, 62, 28, 41]); b={60, 30}
print(a | b, a, b)
for x in [62, 21, 29]: a.discard(x)
a.add(127); print(a, {*a, 1000, 7})
a=set([57, 45, -2, 15, -5, 57, 52, 46, 33, 13, 48, 39, 43, 35, 10, 37, -5, 36, 38, 45, 10, 20, -4, 32, 27, 42, 3, 45]); b={1, 4, 70, 41, 49, 30}
print(a - b, a, b)
for x in [15, 45, 3]: a.discard(x)
a.add(169); print(a, {*a, 1000, 7})
