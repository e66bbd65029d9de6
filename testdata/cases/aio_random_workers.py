import asyncio
import random

random.seed(2023)


async def worker(name):
    total = 0
    for _ in range(3):
        d = random.uniform(0.1, 2.0)
        await asyncio.sleep(d)
        total += d
        print(f'{asyncio.get_running_loop().time():.3f} {name} slept {d:.3f}')
    return name, round(total, 6)


async def main():
    names = ['w%d' % i for i in range(4)]
    random.shuffle(names)
    results = await asyncio.gather(*(worker(n) for n in names))
    print(results)
    print(random.sample(names, 2), random.choices(names, k=3))


asyncio.run(main())
