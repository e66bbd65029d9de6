import asyncio
import sys

print(sys.argv, sys.version_info[:2] >= (3, 11))
sys.stdout.write('stdout write\n')
sys.stderr.write('stderr write\n')
print('to stderr', file=sys.stderr)
print('to stdout', end='!\n', file=sys.stdout)
print('a', 'b', sep='-', end='')
print()


async def talk(name, d):
    await asyncio.sleep(d)
    print(name, 'out')
    print(name, 'err', file=sys.stderr)


async def main():
    await asyncio.gather(talk('x', 1), talk('y', 0.5))
    try:
        sys.exit(0)
    except SystemExit as e:
        print('SystemExit caught', repr(e), e.code)
    sys.exit(4)


try:
    asyncio.run(main())
finally:
    print('finally runs before exit')
