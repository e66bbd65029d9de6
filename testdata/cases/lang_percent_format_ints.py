for f in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%x', '%#x', '%o', '%X', '%e', '%c']:
    for v in [0, 7, -42, True, 2**63, -2**70, 65]:
        try:
            print(repr(f), v, repr(f % v))
        except Exception as e:
            print(repr(f), v, type(e).__name__, e)
print('%d-%d:%s' % (1, 2, 'x'), '%(a)d' % {'a': 5}, '%d%%' % 50)
